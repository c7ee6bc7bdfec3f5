<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>spsync</name>
    <message>
        <location filename="../app/spsync/actioninput.cpp" line="23"/>
        <source>the actions are not valid JSON: %1 at offset %2</source>
        <translation>las acciones no son JSON válido: %1 en la posición %2</translation>
    </message>
    <message>
        <location filename="../app/spsync/actioninput.cpp" line="26"/>
        <source>the actions must be a JSON array of {&quot;actionType&quot;, &quot;additionalInfo&quot;} objects</source>
        <translation>las acciones deben ser un array JSON de objetos {&quot;actionType&quot;, &quot;additionalInfo&quot;}</translation>
    </message>
    <message>
        <location filename="../app/spsync/actioninput.cpp" line="30"/>
        <source>the actions array is empty</source>
        <translation>el array de acciones está vacío</translation>
    </message>
    <message>
        <location filename="../app/spsync/actioninput.cpp" line="33"/>
        <source>entry %1</source>
        <translation>entrada %1</translation>
    </message>
    <message>
        <location filename="../app/spsync/actioninput.cpp" line="36"/>
        <source>%1: must be an object</source>
        <translation>%1: debe ser un objeto</translation>
    </message>
    <message>
        <location filename="../app/spsync/actioninput.cpp" line="39"/>
        <source>%1: &quot;actionType&quot; must be a string such as &quot;extension.stopSession&quot;</source>
        <translation>%1: &quot;actionType&quot; debe ser una cadena como &quot;extension.stopSession&quot;</translation>
    </message>
    <message>
        <location filename="../app/spsync/actioninput.cpp" line="44"/>
        <source>%1: &quot;additionalInfo&quot; must be an object</source>
        <translation>%1: &quot;additionalInfo&quot; debe ser un objeto</translation>
    </message>
    <message>
        <location filename="../app/spsync/commands.cpp" line="168"/>
        <source>--ca-file %1 holds no PEM certificate</source>
        <translation>--ca-file %1 no contiene ningún certificado PEM</translation>
    </message>
    <message>
        <location filename="../app/spsync/commands.cpp" line="30"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/spsync/commands.cpp" line="31"/>
        <source>standard input</source>
        <translation>la entrada estándar</translation>
    </message>
    <message>
        <location filename="../app/spsync/commands.cpp" line="68"/>
        <source>spsync: %1</source>
        <translation>spsync: %1</translation>
    </message>
    <message>
        <location filename="../app/spsync/commands.cpp" line="112"/>
        <source>%1 (status %2, code %3)</source>
        <translation>%1 (estado %2, código %3)</translation>
    </message>
    <message>
        <location filename="../app/spsync/commands.cpp" line="115"/>
        <source>%1 (status %2)</source>
        <translation>%1 (estado %2)</translation>
    </message>
    <message>
        <location filename="../app/spsync/commands.cpp" line="117"/>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <location filename="../app/spsync/commands.cpp" line="183"/>
        <source>--wire-log: cannot write %1: %2</source>
        <translation>--wire-log: no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../app/spsync/commands.cpp" line="192"/>
        <source>--consume: unknown executor &quot;%1&quot;; known executors: %2</source>
        <translation>--consume: ejecutor desconocido &quot;%1&quot;; ejecutores conocidos: %2</translation>
    </message>
    <message>
        <location filename="../app/spsync/commands.cpp" line="234"/>
        <source>timed out after %1 s</source>
        <translation>se agotó el tiempo tras %1 s</translation>
    </message>
    <message>
        <location filename="../app/spsync/commands.cpp" line="292"/>
        <source>no command given</source>
        <translation>no se indicó ninguna orden</translation>
    </message>
    <message>
        <location filename="../app/spsync/main.cpp" line="44"/>
        <source>%1 (see spsync --help)</source>
        <translation>%1 (consulte spsync --help)</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="30"/>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 no es JSON válido: %2 en la posición %3</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="35"/>
        <source>%1 must be a JSON object</source>
        <translation>%1 debe ser un objeto JSON</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="46"/>
        <source>%1 needs an absolute URL such as https://host/v1, not &quot;%2&quot;</source>
        <translation>%1 necesita una URL absoluta como https://host/v1, no &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="52"/>
        <source>%1 is refused: %2</source>
        <translation>%1 se rechaza: %2</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="92"/>
        <source>--field needs KEY=VALUE or KEY:=JSON, not &quot;%1&quot;</source>
        <translation>--field necesita CLAVE=VALOR o CLAVE:=JSON, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="103"/>
        <source>--field %1:= needs a JSON value, not &quot;%2&quot;</source>
        <translation>--field %1:= necesita un valor JSON, no &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="162"/>
        <source>--%1 may be given only once</source>
        <translation>--%1 solo puede indicarse una vez</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="174"/>
        <source>no command given (get, set, replace, action, actions or watch)</source>
        <translation>no se indicó ninguna orden (get, set, replace, action, actions o watch)</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="180"/>
        <source>unknown command &quot;%1&quot; (get, set, replace, action, actions or watch)</source>
        <translation>orden desconocida &quot;%1&quot; (get, set, replace, action, actions o watch)</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="186"/>
        <source>%1 takes no arguments</source>
        <translation>%1 no admite argumentos</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="187"/>
        <source>%1 takes exactly one argument</source>
        <translation>%1 admite exactamente un argumento</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="194"/>
        <source>the %1 argument</source>
        <translation>el argumento de %1</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="211"/>
        <source>--field and --respond-to belong to the action command</source>
        <translation>--field y --respond-to son de la orden action</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="215"/>
        <source>--consume and --count belong to the watch command</source>
        <translation>--consume y --count son de la orden watch</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="234"/>
        <source>--count needs a positive whole number, not &quot;%1&quot;</source>
        <translation>--count necesita un número entero positivo, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="243"/>
        <source>--timeout needs a positive number of seconds, not &quot;%1&quot;</source>
        <translation>--timeout necesita un número positivo de segundos, no &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="265"/>
        <source>--region must be one of %1, not &quot;%2&quot;</source>
        <translation>--region debe ser una de %1, no &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="272"/>
        <source>--wire-log needs a file name</source>
        <translation>--wire-log necesita un nombre de fichero</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="276"/>
        <source>give either --server or --base-uri, not both</source>
        <translation>indique --server o --base-uri, no ambos</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="285"/>
        <source>--server needs --sp-token or --twilio-token</source>
        <translation>--server necesita --sp-token o --twilio-token</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="289"/>
        <source>--base-uri needs --sp-token</source>
        <translation>--base-uri necesita --sp-token</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="294"/>
        <source>no server given: use --server URL, or --base-uri URL with --sp-token</source>
        <translation>no se indicó servidor: use --server URL, o --base-uri URL con --sp-token</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="295"/>
        <source>--sp-token needs --base-uri (or --server) to exchange it</source>
        <translation>--sp-token necesita --base-uri (o --server) para canjearlo</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="312"/>
        <source>give --document with --identity, or SIDs (--session, --room, --proctor), not both</source>
        <translation>indique --document con --identity, o SID (--session, --room, --proctor), no ambos</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="317"/>
        <source>give --session or --room, not both</source>
        <translation>indique --session o --room, no ambos</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="321"/>
        <source>no document given: use --document NAME --identity ID, --session ES... [--proctor PU...], or --room PR... --proctor PU...</source>
        <translation>no se indicó documento: use --document NOMBRE --identity ID, --session ES... [--proctor PU...], o --room PR... --proctor PU...</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="326"/>
        <source>--document and --identity go together</source>
        <translation>--document y --identity van juntos</translation>
    </message>
    <message>
        <location filename="../app/spsync/spsyncoptions.cpp" line="430"/>
        <source>Usage: spsync CONNECTION DOCUMENT [--initial-data JSON] COMMAND

Reads, writes and watches one SP Sync document from the command line.

Connection (one of):
  --server URL             an emulator base, e.g. http://127.0.0.1:4040. Its SP API is
                           URL/v1, its Twilsock endpoint ws://HOST:PORT/v3/wsconnect (wss for
                           https) and its CDS base URL. Needs --sp-token (exchanged at
                           URL/v1/sync/token) or --twilio-token (used directly, no exchange).
  --base-uri URL --sp-token T
                           an SP API, e.g. https://api.dev.smarterproctoring.com/v1; the SP
                           token is exchanged for a Twilio token at URL/sync/token.
  --twilio-token T         a Twilio access token, used as is (Twilio&apos;s own server, unless
                           --server is given).
  --token-path PATH        the exchange path under the SP API (default /sync/token).
  --region REGION          Twilio region: us1 (default), ie1 or au1. Picks Twilio&apos;s
                           Twilsock and CDS hosts (tsock/cds.REGION.twilio.com) when no
                           --server is given and the SP API names no Twilsock URL.
  --ca-file PEM            also trust the CA certificates in this PEM file for https://
                           and wss:// (a server with a private CA); checks stay on.
  Tokens may also be given as $SPSYNC_SP_TOKEN and $SPSYNC_TWILIO_TOKEN. They are never printed.
  Plain http:// and ws:// are refused unless the host is this machine (127.0.0.1, ::1,
  localhost).

Document (one of):
  --document NAME --identity ID
  --session ES...                  a student in their own session
  --session ES... --proctor PU...  a proctor in a session
  --room PR... --proctor PU...     a proctor in a proctor room
  --initial-data JSON      written only if this creates the document

Commands:
  get                      print the document data as one JSON line
  set JSON                 shallow-merge JSON into the document, print the result
  replace JSON             replace the document with JSON, print the result
  action EXECUTOR.TYPE [--field K=V]... [--field K:=JSON]... [--respond-to X]
                           queue one action, print it as stored (with id, createdBy,
                           createdAt); K=V gives a string, K:=JSON any JSON value
  actions FILE|-           queue a JSON array of {&quot;actionType&quot;,&quot;additionalInfo&quot;} in one write
                           (order kept), print each stored action on its own line
  watch [--consume EXECUTOR]... [--count N] [--timeout S]
                           print one JSON line per event, the current document first:
                           {&quot;event&quot;:&quot;spSyncDocUpdated&quot;,&quot;data&quot;:...}
                           {&quot;event&quot;:&quot;actionsAdded&quot;,&quot;executor&quot;:&quot;extension&quot;,&quot;action&quot;:...}
                           --consume takes (removes) that executor&apos;s actions as they come.
                           --count N stops after N actions taken (with --consume) or N
                           document updates (without); a timeout before that is exit 7.
                           Actions taken in one write with the N-th are printed too, so
                           none is lost.
                           Without --count, --timeout S ends the watch with exit 0.
  --catalog FILE           an extra action catalog merged into the built-in one
  --timeout S              for the other commands: give up after S seconds (exit 7)
  --verbose                also print the library&apos;s log messages to stderr (tokens redacted)
  --wire-log FILE          write every Twilsock frame, both ways, to FILE as JSON lines, with
                           tokens and secret action fields redacted (for diagnosing a
                           connection; see the README, &quot;Verifying against Twilio&quot;)

Exit codes: 0 ok, 1 other error (protocol, server), 2 usage or invalid input,
3 denied or bad token, 4 not found, 5 refused by a limit or conflict, 6 network (no connection
within 15 s), 7 timeout. Errors go to stderr as one line.
</source>
        <translation>Uso: spsync CONEXIÓN DOCUMENTO [--initial-data JSON] ORDEN

Lee, escribe y vigila un documento SP Sync desde la línea de órdenes.

Conexión (una de):
  --server URL             la base de un emulador, p. ej. http://127.0.0.1:4040. Su API SP es
                           URL/v1, su punto Twilsock ws://HOST:PUERTO/v3/wsconnect (wss para
                           https) y su URL base de CDS. Necesita --sp-token (canjeado en
                           URL/v1/sync/token) o --twilio-token (usado directamente, sin canje).
  --base-uri URL --sp-token T
                           una API SP, p. ej. https://api.dev.smarterproctoring.com/v1; el token
                           SP se canjea por un token de Twilio en URL/sync/token.
  --twilio-token T         un token de acceso de Twilio, usado tal cual (el servidor propio de
                           Twilio, salvo que se indique --server).
  --token-path RUTA        la ruta de canje bajo la API SP (por defecto /sync/token).
  --region REGIÓN          región de Twilio: us1 (por defecto), ie1 o au1. Elige los hosts
                           Twilsock y CDS de Twilio (tsock/cds.REGIÓN.twilio.com) cuando no
                           se indica --server y la API SP no da una URL de Twilsock.
  --ca-file PEM            confía también en los certificados de CA de este fichero PEM para
                           https:// y wss:// (un servidor con una CA privada); las
                           comprobaciones siguen activas.
  Los tokens también pueden darse en $SPSYNC_SP_TOKEN y $SPSYNC_TWILIO_TOKEN. Nunca se imprimen.
  Se rechazan http:// y ws:// sin cifrar salvo que el host sea esta máquina (127.0.0.1, ::1,
  localhost).

Documento (uno de):
  --document NOMBRE --identity ID
  --session ES...                  un estudiante en su propia sesión
  --session ES... --proctor PU...  un supervisor en una sesión
  --room PR... --proctor PU...     un supervisor en una sala de supervisión
  --initial-data JSON      se escribe solo si esta orden crea el documento

Órdenes:
  get                      imprime los datos del documento como una línea JSON
  set JSON                 fusiona JSON (superficialmente) en el documento, imprime el resultado
  replace JSON             reemplaza el documento por JSON, imprime el resultado
  action EJECUTOR.TIPO [--field C=V]... [--field C:=JSON]... [--respond-to X]
                           encola una acción, la imprime tal como se guardó (con id, createdBy,
                           createdAt); C=V da una cadena, C:=JSON cualquier valor JSON
  actions FICHERO|-        encola un array JSON de {&quot;actionType&quot;,&quot;additionalInfo&quot;} en una sola
                           escritura (en orden), imprime cada acción guardada en su línea
  watch [--consume EJECUTOR]... [--count N] [--timeout S]
                           imprime una línea JSON por evento, primero el documento actual:
                           {&quot;event&quot;:&quot;spSyncDocUpdated&quot;,&quot;data&quot;:...}
                           {&quot;event&quot;:&quot;actionsAdded&quot;,&quot;executor&quot;:&quot;extension&quot;,&quot;action&quot;:...}
                           --consume toma (elimina) las acciones de ese ejecutor según llegan.
                           --count N termina tras N acciones tomadas (con --consume) o N
                           actualizaciones del documento (sin él); agotar antes el tiempo es
                           el código 7. También se imprimen las acciones tomadas en la misma
                           escritura que la N-ésima, así que no se pierde ninguna.
                           Sin --count, --timeout S termina la vigilancia con 0.
  --catalog FICHERO        un catálogo de acciones adicional que se fusiona con el integrado
  --timeout S              para las demás órdenes: desiste tras S segundos (código 7)
  --verbose                imprime también los mensajes de registro de la biblioteca en stderr
                           (con los tokens ocultos)
  --wire-log FICHERO       escribe cada trama Twilsock, en ambos sentidos, en FICHERO como
                           líneas JSON, con los tokens y los campos secretos de las acciones
                           ocultos (para diagnosticar una conexión; véase el README,
                           «Verifying against Twilio»)

Códigos de salida: 0 correcto, 1 otro error (protocolo, servidor), 2 uso o entrada no válida,
3 denegado o token incorrecto, 4 no encontrado, 5 rechazado por un límite o conflicto, 6 red (sin
conexión en 15 s), 7 tiempo agotado. Los errores van a stderr en una línea.
</translation>
    </message>
</context>
</TS>
