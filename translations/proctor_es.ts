<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>ActionComposer</name>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="60"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="63"/>
        <source>Executor</source>
        <translation>Ejecutor</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="65"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="74"/>
        <source>Batch of actions to send in order</source>
        <translation>Lote de acciones que se envían en orden</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="76"/>
        <source>Presets</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="79"/>
        <source>Send the batch, or the action in the form when the batch is empty (Ctrl+Return)</source>
        <translation>Envía el lote, o la acción del formulario si el lote está vacío (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="83"/>
        <source>E&amp;xecutor:</source>
        <translation>E&amp;jecutor:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="84"/>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="86"/>
        <source>Add to &amp;batch</source>
        <translation>Añadir al &amp;lote</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="88"/>
        <source>Move action up</source>
        <translation>Subir la acción</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="90"/>
        <source>Move action down</source>
        <translation>Bajar la acción</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="92"/>
        <source>Remove action from batch</source>
        <translation>Quitar la acción del lote</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="101"/>
        <source>Save as preset</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="103"/>
        <source>Delete preset</source>
        <translation>Borrar la plantilla</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="105"/>
        <source>Preset:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="110"/>
        <source>Fields (* required)</source>
        <translation>Campos (* obligatorio)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="145"/>
        <source>Save preset</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="145"/>
        <source>Preset name:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="197"/>
        <source>Join and select a document to send actions.</source>
        <translation>Únase a un documento y selecciónelo para enviar acciones.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="198"/>
        <source>Sends to the selected document.</source>
        <translation>Envía al documento seleccionado.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n action(s).</source>
        <translation type="vanished">
            <numerusform>Se envió %n acción.</numerusform>
            <numerusform>Se enviaron %n acciones.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="278"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="285"/>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="286"/>
        <source>Show or hide the value</source>
        <translation>Mostrar u ocultar el valor</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="298"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="298"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="299"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="303"/>
        <source>This action has no fields.</source>
        <translation>Esta acción no tiene campos.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="367"/>
        <source>Choose an executor and an action.</source>
        <translation>Elija un ejecutor y una acción.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="386"/>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="396"/>
        <source>%1 must be an absolute http or https URL.</source>
        <translation>%1 debe ser una URL absoluta http o https.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="404"/>
        <source>%1 must be a number.</source>
        <translation>%1 debe ser un número.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="412"/>
        <source>%1 must be valid JSON: %2</source>
        <translation>%1 debe ser JSON válido: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="460"/>
        <source>Join and select a document first.</source>
        <translation>Primero únase a un documento y selecciónelo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/actioncomposer.cpp" line="473"/>
        <source>Sending %n action(s)…</source>
        <translation>
            <numerusform>Enviando %n acción…</numerusform>
            <numerusform>Enviando %n acciones…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="501"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
</context>
<context>
    <name>ActionQueueModel</name>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="495"/>
        <source>Response (pending)</source>
        <translation>Respuesta (pendiente)</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="496"/>
        <source>Response (read)</source>
        <translation>Respuesta (leída)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="vanished">Pendiente</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation type="vanished">Consumida</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="280"/>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="282"/>
        <source>Waiting offline (outbox)</source>
        <translation>Esperando sin conexión (bandeja de salida)</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="284"/>
        <source>Written, not taken yet</source>
        <translation>Escrita, aún sin tomar</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="287"/>
        <source>Answered</source>
        <translation>Respondida</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="288"/>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="288"/>
        <source>Taken by %1</source>
        <translation>Tomada por %1</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="290"/>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="292"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="498"/>
        <source>Withdrawing…</source>
        <translation>Retirando…</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="500"/>
        <source>Refused: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="503"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="508"/>
        <source>answers %1</source>
        <translation>responde a %1</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="558"/>
        <source>Executor</source>
        <translation>Ejecutor</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="560"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="562"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="564"/>
        <source>Waited</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="566"/>
        <source>Consumed at</source>
        <translation>Consumida a las</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="568"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="570"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <source>%1.%2 queued</source>
        <translation type="vanished">%1.%2 en cola</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="66"/>
        <source>Waiting offline in the outbox</source>
        <translation>Esperando sin conexión en la bandeja de salida</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="68"/>
        <source>Waiting offline in the outbox; it is written when the connection is back.</source>
        <translation>Esperando sin conexión en la bandeja de salida; se escribe cuando vuelva la conexión.</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="77"/>
        <source>%1.%2 written</source>
        <translation>%1.%2 escrita</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consolecontroller.cpp" line="83"/>
        <source>Written: %n action(s) in the document, waiting to be taken.</source>
        <translation>
            <numerusform>Escrita: %n acción en el documento, esperando a que la tomen.</numerusform>
            <numerusform>Escritas: %n acciones en el documento, esperando a que las tomen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="90"/>
        <source>send failed: %1</source>
        <translation>el envío falló: %1</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="91"/>
        <source>Refused, nothing written: %1</source>
        <translation>Rechazado, no se escribió nada: %1</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="92"/>
        <source>%1: send failed: %2</source>
        <translation>%1: el envío falló: %2</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="104"/>
        <source>Could not withdraw %1: %2</source>
        <translation>No se pudo retirar %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="108"/>
        <source>Withdrew %1 from %2&apos;s queue</source>
        <translation>Se retiró %1 de la cola de %2</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="109"/>
        <source>Not withdrawn: %1 had already taken %2</source>
        <translation>No se retiró: %1 ya había tomado %2</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="121"/>
        <source>Document written</source>
        <translation>Documento escrito</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="122"/>
        <source>Written.</source>
        <translation>Escrito.</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="133"/>
        <source>The document changed meanwhile elsewhere; writing %1 on the current revision</source>
        <translation>El documento cambió entretanto en otro lugar; se escribe %1 sobre la revisión actual</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="141"/>
        <source>Not written: the document changed since it was shown</source>
        <translation>No se escribió: el documento cambió desde que se mostró</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="146"/>
        <source>%1 failed: %2</source>
        <translation>falló %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="147"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1: falló %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="174"/>
        <source>Connected with profile %1</source>
        <translation>Conectado con el perfil %1</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="175"/>
        <source>Switched to profile %1</source>
        <translation>Cambiado al perfil %1</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="205"/>
        <source>%1 is already joined.</source>
        <translation>Ya está unido a %1.</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="214"/>
        <source>%1.%2 consumed</source>
        <translation>%1.%2 consumida</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="220"/>
        <source>Response to %1: %2</source>
        <translation>Respuesta a %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="225"/>
        <source>%1 action %2 waiting for %3 s</source>
        <translation>La acción %2 de %1 lleva %3 s esperando</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="230"/>
        <source>Joining as %1</source>
        <translation>Uniéndose como %1</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="259"/>
        <source>Left</source>
        <translation>Abandonado</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="268"/>
        <source>%1 is not joined; nothing was sent.</source>
        <translation>%1 no está unido; no se envió nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consolecontroller.cpp" line="274"/>
        <source>Sending %n action(s)</source>
        <translation>
            <numerusform>Enviando %n acción</numerusform>
            <numerusform>Enviando %n acciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="288"/>
        <source>Withdrawing %1 from %2&apos;s queue</source>
        <translation>Retirando %1 de la cola de %2</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="298"/>
        <source>Joining again as %1</source>
        <translation>Uniéndose de nuevo como %1</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="319"/>
        <source>The document is over 16 KiB; nothing was sent.</source>
        <translation>El documento supera los 16 KiB; no se envió nada.</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="322"/>
        <source>Replacing the document</source>
        <translation>Reemplazando el documento</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="334"/>
        <source>Reconnecting in %1 ms</source>
        <translation>Reconectando en %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="336"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consolecontroller.cpp" line="377"/>
        <source>Revision %1, %n change(s)</source>
        <translation>
            <numerusform>Revisión %1, %n cambio</numerusform>
            <numerusform>Revisión %1, %n cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <location filename="../app/console/demosession.cpp" line="40"/>
        <source>The embedded emulator has no demo data.</source>
        <translation>El emulador integrado no tiene datos de demostración.</translation>
    </message>
    <message>
        <location filename="../app/console/demosession.cpp" line="46"/>
        <source>Local (embedded emulator)</source>
        <translation>Local (emulador integrado)</translation>
    </message>
    <message>
        <location filename="../app/console/demosession.cpp" line="100"/>
        <source>The QA simulator could not join: %1</source>
        <translation>El simulador de QA no pudo unirse: %1</translation>
    </message>
    <message>
        <location filename="../app/console/demosession.cpp" line="115"/>
        <source>QA simulator plays the extension and onboarding UI as %1</source>
        <translation>El simulador de QA hace de extensión e interfaz de incorporación como %1</translation>
    </message>
    <message>
        <location filename="../app/console/demosession.cpp" line="166"/>
        <source>Demo finished: stopSession consumed, getDisplayCount answered.</source>
        <translation>Demostración terminada: stopSession consumida, getDisplayCount respondida.</translation>
    </message>
</context>
<context>
    <name>DiagnosticLog</name>
    <message>
        <location filename="../ui/widgets/diagnosticlog.cpp" line="36"/>
        <location filename="../ui/widgets/diagnosticlog.cpp" line="42"/>
        <source>Save diagnostic log</source>
        <translation>Guardar registro de diagnóstico</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diagnosticlog.cpp" line="36"/>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>Líneas JSON (*.jsonl);;Todos los ficheros (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diagnosticlog.cpp" line="42"/>
        <source>Could not save the log: %1</source>
        <translation>No se pudo guardar el registro: %1</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="127"/>
        <location filename="../ui/models/documentlistmodel.cpp" line="178"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="139"/>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="141"/>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="143"/>
        <source>Reconnecting</source>
        <translation>Reconectando</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="145"/>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="147"/>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="149"/>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/documentlistmodel.cpp" line="183"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconectando en %n s</numerusform>
            <numerusform>Reconectando en %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="185"/>
        <source>%1 · last update %2</source>
        <translation>%1 · última actualización %2</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="192"/>
        <source>%1 / %2 KiB (%3%)</source>
        <translation>%1 / %2 KiB (%3 %)</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="202"/>
        <source>%1
Identity: %2
Not connected: the data shown is from %3</source>
        <translation>%1
Identidad: %2
Sin conexión: los datos mostrados son de las %3</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="204"/>
        <source>%1
Identity: %2</source>
        <translation>%1
Identidad: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="246"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="248"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="250"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="252"/>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="254"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>DocumentNameDelegate</name>
    <message>
        <location filename="../ui/widgets/documentnamedelegate.cpp" line="18"/>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../ui/widgets/documentnamedelegate.cpp" line="22"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../ui/widgets/documentnamedelegate.cpp" line="26"/>
        <source> — </source>
        <translation> — </translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="64"/>
        <source>Update</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="65"/>
        <source>Send</source>
        <translation>Envío</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="66"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="67"/>
        <source>Consumed</source>
        <translation>Consumida</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="68"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="69"/>
        <source>Alarm</source>
        <translation>Alarma</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="70"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="71"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="72"/>
        <source>Simulator</source>
        <translation>Simulador</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="177"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="179"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="181"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="183"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="45"/>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="50"/>
        <source>Filter events (Ctrl+F)</source>
        <translation>Filtrar eventos (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="52"/>
        <source>Filter events</source>
        <translation>Filtrar eventos</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="54"/>
        <source>Event kind</source>
        <translation>Tipo de evento</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="55"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="57"/>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="58"/>
        <source>Actions sent</source>
        <translation>Acciones enviadas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="59"/>
        <source>Consumed</source>
        <translation>Consumidas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="60"/>
        <source>Responses</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="61"/>
        <source>Alarms</source>
        <translation>Alarmas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="62"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="63"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="64"/>
        <source>Sends</source>
        <translation>Envíos</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="65"/>
        <source>QA simulator</source>
        <translation>Simulador de QA</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="82"/>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="85"/>
        <source>Copy selected events</source>
        <translation>Copiar los eventos seleccionados</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="87"/>
        <source>Export events to JSON or CSV</source>
        <translation>Exportar eventos a JSON o CSV</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="89"/>
        <source>Clear the event log</source>
        <translation>Vaciar el registro de eventos</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="122"/>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="151"/>
        <source>No event passes the filter.</source>
        <translation>Ningún evento pasa el filtro.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="175"/>
        <location filename="../ui/widgets/eventlogview.cpp" line="180"/>
        <source>Export events</source>
        <translation>Exportar eventos</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="175"/>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="180"/>
        <source>Could not export: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="34"/>
        <source>Revisions</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="36"/>
        <source>Diff from revision</source>
        <translation>Comparar desde la revisión</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="38"/>
        <source>Diff to revision</source>
        <translation>Comparar hasta la revisión</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="42"/>
        <source>Differences</source>
        <translation>Diferencias</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="46"/>
        <source>From:</source>
        <translation>Desde:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="48"/>
        <source>To:</source>
        <translation>Hasta:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="94"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="118"/>
        <source>No revisions yet.</source>
        <translation>Todavía no hay revisiones.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="123"/>
        <source>Only one revision so far. Differences appear here once the document changes.</source>
        <translation>Por ahora solo hay una revisión. Las diferencias aparecen aquí cuando el documento cambie.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="129"/>
        <source>Pick two different revisions to compare.</source>
        <translation>Elija dos revisiones distintas para compararlas.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="129"/>
        <source>No differences.</source>
        <translation>Sin diferencias.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="21"/>
        <source>&amp;Session SID:</source>
        <translation>SID de &amp;sesión:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="22"/>
        <source>&amp;Proctor SID:</source>
        <translation>SID de &amp;supervisor:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="23"/>
        <source>R&amp;oom SID:</source>
        <translation>SID de s&amp;ala:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="29"/>
        <source>Join a document</source>
        <translation>Unirse a un documento</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="31"/>
        <source>Proctor: exam session</source>
        <translation>Supervisor: sesión de examen</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="32"/>
        <source>Proctor: proctor room</source>
        <translation>Supervisor: sala de supervisión</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="33"/>
        <source>Student: own session (QA)</source>
        <translation>Estudiante: su propia sesión (QA)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="43"/>
        <source>ES followed by 32 letters or digits</source>
        <translation>ES seguido de 32 letras o dígitos</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="44"/>
        <source>PU followed by 32 letters or digits</source>
        <translation>PU seguido de 32 letras o dígitos</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="45"/>
        <source>PR followed by 32 letters or digits</source>
        <translation>PR seguido de 32 letras o dígitos</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="64"/>
        <source>&amp;Join</source>
        <translation>&amp;Unirse</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="67"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="71"/>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="72"/>
        <source>Identity:</source>
        <translation>Identidad:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="126"/>
        <source>(enter the SIDs)</source>
        <translation>(introduzca los SID)</translation>
    </message>
</context>
<context>
    <name>JoinRules</name>
    <message>
        <location filename="../ui/joinrequest.cpp" line="21"/>
        <source>%1 is missing.</source>
        <translation>Falta el %1.</translation>
    </message>
    <message>
        <location filename="../ui/joinrequest.cpp" line="23"/>
        <source>%1 must start with %2 (it starts with &quot;%3&quot;).</source>
        <translation>El %1 debe empezar por %2 (empieza por «%3»).</translation>
    </message>
    <message>
        <location filename="../ui/joinrequest.cpp" line="26"/>
        <source>%1 has &quot;%2&quot; at position %3; only letters and digits are allowed.</source>
        <translation>El %1 tiene «%2» en la posición %3; solo se permiten letras y dígitos.</translation>
    </message>
    <message>
        <location filename="../ui/joinrequest.cpp" line="31"/>
        <source>%1 needs 32 letters or digits after %2; it has %3.</source>
        <translation>El %1 necesita 32 letras o dígitos después de %2; tiene %3.</translation>
    </message>
    <message>
        <location filename="../ui/joinrequest.cpp" line="57"/>
        <source>Session SID</source>
        <translation>SID de sesión</translation>
    </message>
    <message>
        <location filename="../ui/joinrequest.cpp" line="58"/>
        <source>Proctor SID</source>
        <translation>SID de supervisor</translation>
    </message>
    <message>
        <location filename="../ui/joinrequest.cpp" line="59"/>
        <source>Room SID</source>
        <translation>SID de sala</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/models/jsontreemodel.cpp" line="324"/>
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n clave}</numerusform>
            <numerusform>{%n claves}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/jsontreemodel.cpp" line="326"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n elemento]</numerusform>
            <numerusform>[%n elementos]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/jsontreemodel.cpp" line="389"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../ui/models/jsontreemodel.cpp" line="391"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../ui/models/jsontreemodel.cpp" line="393"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>JsonTreePanel</name>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="71"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="72"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="76"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="77"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="85"/>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="226"/>
        <source>%1 of 16 KiB</source>
        <translation>%1 de 16 KiB</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="86"/>
        <source>Document size</source>
        <translation>Tamaño del documento</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="95"/>
        <source>Document tree</source>
        <translation>Árbol del documento</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="98"/>
        <source>Copy value</source>
        <translation>Copiar el valor</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="107"/>
        <source>Copy path</source>
        <translation>Copiar la ruta</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="120"/>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="142"/>
        <source>Raw JSON</source>
        <translation>JSON sin formato</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="140"/>
        <source>Document views</source>
        <translation>Vistas del documento</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="141"/>
        <source>Tree</source>
        <translation>Árbol</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="223"/>
        <source>No document selected</source>
        <translation>Ningún documento seleccionado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="224"/>
        <source>%1 — revision %2</source>
        <translation>%1 — revisión %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="282"/>
        <source>Invalid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="284"/>
        <source>The document must be a JSON object.</source>
        <translation>El documento debe ser un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="286"/>
        <source>The document is %1 bytes; the limit is 16 KiB (16384 bytes).</source>
        <translation>El documento ocupa %1 bytes; el límite es 16 KiB (16384 bytes).</translation>
    </message>
</context>
<context>
    <name>LocalServerPanel</name>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="34"/>
        <source>Show token</source>
        <translation>Mostrar token</translation>
    </message>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="40"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="45"/>
        <source>spsync command line</source>
        <translation>Línea de órdenes de spsync</translation>
    </message>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="46"/>
        <source>&amp;Copy command</source>
        <translation>&amp;Copiar orden</translation>
    </message>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="48"/>
        <source>&amp;New token</source>
        <translation>&amp;Nuevo token</translation>
    </message>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="51"/>
        <source>Twilsock:</source>
        <translation>Twilsock:</translation>
    </message>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="52"/>
        <source>CDS:</source>
        <translation>CDS:</translation>
    </message>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="53"/>
        <source>SP API:</source>
        <translation>API de SP:</translation>
    </message>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="54"/>
        <source>Document:</source>
        <translation>Documento:</translation>
    </message>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="105"/>
        <source>New token for %1, valid one hour.</source>
        <translation>Nuevo token para %1, válido una hora.</translation>
    </message>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="140"/>
        <source>Copied, with a fresh token. Paste it into a terminal.</source>
        <translation>Copiada, con un token nuevo. Péguela en un terminal.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="53"/>
        <source>SP Proctor Console</source>
        <translation>Consola de supervisión SP</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>Joined documents</source>
        <translation>Documentos unidos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>Join…</source>
        <translation>Unirse…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>Leave</source>
        <translation>Abandonar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>&lt;b&gt;Documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documentos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>&lt;b&gt;Action composer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Redactor de acciones&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>Log, queues and history</source>
        <translation>Registro, colas e historial</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>Event log</source>
        <translation>Registro de eventos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>Queues</source>
        <translation>Colas</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; This window runs on an embedded demo: a local server with one exam session and one proctor room, and a simulated student extension that answers your actions. Try it: pick &lt;i&gt;stopSession&lt;/i&gt; in the composer and press Send. To watch a real exam, add your server under Connection → Manage profiles, then join a document with File → Join document (Ctrl+J).</source>
        <translation>&lt;b&gt;Bienvenido.&lt;/b&gt; Esta ventana funciona sobre una demo integrada: un servidor local con una sesión de examen y una sala de supervisión, y una extensión de estudiante simulada que responde a sus acciones. Pruébelo: elija &lt;i&gt;stopSession&lt;/i&gt; en el compositor y pulse Enviar. Para seguir un examen real, añada su servidor en Conexión → Gestionar perfiles y únase a un documento con Archivo → Unirse a documento (Ctrl+J).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>&amp;Got it</source>
        <translation>&amp;Entendido</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <location filename="../ui/mainwindow.cpp" line="451"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="248"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>&amp;Join document…</source>
        <translation>&amp;Unirse a un documento…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>&amp;Leave document</source>
        <translation>&amp;Abandonar el documento</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;Export event log…</source>
        <translation>&amp;Exportar el registro de eventos…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>&amp;Connection</source>
        <translation>&amp;Conexión</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>&amp;Manage profiles…</source>
        <translation>&amp;Gestionar perfiles…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>&amp;Actions</source>
        <translation>A&amp;cciones</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="269"/>
        <source>Add to &amp;batch</source>
        <translation>Añadir al &amp;lote</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <source>&amp;Filter event log</source>
        <translation>&amp;Filtrar el registro de eventos</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275"/>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <source>Zoom &amp;out</source>
        <translation>&amp;Reducir</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Tamaño normal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>Save &amp;diagnostic log…</source>
        <translation>Guardar registro de &amp;diagnóstico…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="308"/>
        <source>About SP Proctor Console</source>
        <translation>Acerca de la consola de supervisión SP</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="309"/>
        <source>Live view of SP sync documents, actions and queues, for proctors and QA testers.</source>
        <translation>Vista en directo de documentos de sincronización SP, acciones y colas, para supervisores y probadores de QA.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>Embedded demo</source>
        <translation>Demostración integrada</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <source>No saved profiles</source>
        <translation>No hay perfiles guardados</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="454"/>
        <source>%1 — not live: last update %2</source>
        <translation>%1 — no está en vivo: última actualización %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="474"/>
        <source>Send %1?</source>
        <translation>¿Enviar %1?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="474"/>
        <location filename="../ui/mainwindow.cpp" line="476"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="475"/>
        <source>Send %1 to %2?</source>
        <translation>¿Enviar %1 a %2?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="479"/>
        <source>This interrupts the student&apos;s exam.</source>
        <translation>Esto interrumpe el examen del estudiante.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="484"/>
        <source>&amp;Don&apos;t ask again for this profile</source>
        <translation>&amp;No volver a preguntar en este perfil</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="522"/>
        <source>Zoom %1%</source>
        <translation>Zoom %1 %</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="544"/>
        <source>%n document(s), %1 connected</source>
        <translation>
            <numerusform>%n documento, conectados: %1</numerusform>
            <numerusform>%n documentos, conectados: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="35"/>
        <source>Connection profiles</source>
        <translation>Perfiles de conexión</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="37"/>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="44"/>
        <source>Twilio region of the Sync service. It picks Twilio&apos;s hosts when the SP API does not name them.</source>
        <translation>Región de Twilio del servicio Sync. Elige los hosts de Twilio cuando la API SP no los indica.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="48"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>The SP token is stored in the system keychain, never in a file.</source>
        <translation type="vanished">El token SP se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>No keychain is available: the SP token is kept for this session only.</source>
        <translation type="vanished">No hay llavero disponible: el token SP se conserva solo durante esta sesión.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="32"/>
        <source>Rejoin this profile&apos;s documents when the console starts</source>
        <translation>Volver a unirse a los documentos de este perfil al iniciar la consola</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="57"/>
        <source>The SP token of %1 is saved in the system keychain.</source>
        <translation>El token SP de %1 está guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="58"/>
        <source>No keychain took the SP token of %1: it is kept for this session only, and asked for again at the next start.</source>
        <translation>Ningún llavero aceptó el token SP de %1: se guarda solo para esta sesión y se volverá a pedir en el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="70"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="71"/>
        <source>&amp;Base URI:</source>
        <translation>URI &amp;base:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="72"/>
        <source>Token &amp;path:</source>
        <translation>&amp;Ruta del token:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="73"/>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gión:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="74"/>
        <source>SP &amp;token:</source>
        <translation>&amp;Token SP:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="79"/>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="80"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="82"/>
        <source>&amp;Remove</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="83"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="84"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="85"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="86"/>
        <source>Open a console window on this profile</source>
        <translation>Abre una ventana de consola con este perfil</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="124"/>
        <source>Import profiles</source>
        <translation>Importar perfiles</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="124"/>
        <location filename="../ui/widgets/profiledialog.cpp" line="138"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/profiledialog.cpp" line="133"/>
        <source>Imported %n profile(s).</source>
        <translation>
            <numerusform>Se importó %n perfil.</numerusform>
            <numerusform>Se importaron %n perfiles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="138"/>
        <source>Export profiles</source>
        <translation>Exportar perfiles</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="144"/>
        <source>Exported without tokens.</source>
        <translation>Exportado sin tokens.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="146"/>
        <source>Could not export: %1</source>
        <translation>No se pudo exportar: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="186"/>
        <source>Checking for a system keychain…</source>
        <translation>Buscando un llavero del sistema…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="189"/>
        <source>The SP token is kept in the system keychain, never in a file.</source>
        <translation>El token SP se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="193"/>
        <source>No system keychain is available: the SP token is kept in memory for this session only, never in a file, and asked for again at the next start.</source>
        <translation>No hay llavero del sistema disponible: el token SP se guarda en memoria solo para esta sesión, nunca en un archivo, y se volverá a pedir en el próximo inicio.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="214"/>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../ui/profilestore.cpp" line="93"/>
        <source>The profile needs a name.</source>
        <translation>El perfil necesita un nombre.</translation>
    </message>
    <message>
        <location filename="../ui/profilestore.cpp" line="98"/>
        <source>The base URI must be an absolute https URL, such as https://api.example.com/v1.</source>
        <translation>La URI base debe ser una URL https absoluta, como https://api.example.com/v1.</translation>
    </message>
    <message>
        <location filename="../ui/profilestore.cpp" line="100"/>
        <source>Plain http is allowed only to this machine; use https for %1.</source>
        <translation>http sin cifrar solo se permite hacia esta máquina; use https para %1.</translation>
    </message>
    <message>
        <location filename="../ui/profilestore.cpp" line="103"/>
        <source>The token path must start with /.</source>
        <translation>La ruta del token debe empezar por /.</translation>
    </message>
    <message>
        <location filename="../ui/profilestore.cpp" line="105"/>
        <source>Unknown region %1; use one of %2.</source>
        <translation>Región desconocida %1; use una de %2.</translation>
    </message>
    <message>
        <location filename="../ui/profilestore.cpp" line="241"/>
        <source>Not a profiles file: expected {&quot;profiles&quot;: [...]}.</source>
        <translation>No es un archivo de perfiles: se esperaba {&quot;profiles&quot;: [...]}.</translation>
    </message>
    <message>
        <location filename="../ui/profilestore.cpp" line="256"/>
        <source>Profile %1: %2</source>
        <translation>Perfil %1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="49"/>
        <location filename="../ui/profileswitcher.cpp" line="68"/>
        <source>No connection profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil de conexión llamado «%1».</translation>
    </message>
</context>
<context>
    <name>QaSimulator</name>
    <message>
        <location filename="../ui/qasimulator.cpp" line="48"/>
        <source>Simulated %1 answered getDisplayCount with %2 to %3</source>
        <translation>%1 simulada respondió getDisplayCount con %2 a %3</translation>
    </message>
    <message>
        <location filename="../ui/qasimulator.cpp" line="57"/>
        <source>Simulated %1 stopped the session</source>
        <translation>%1 simulada detuvo la sesión</translation>
    </message>
    <message>
        <location filename="../ui/qasimulator.cpp" line="58"/>
        <source>Simulated %1 stopped the session and would open %2</source>
        <translation>%1 simulada detuvo la sesión y abriría %2</translation>
    </message>
    <message>
        <location filename="../ui/qasimulator.cpp" line="61"/>
        <source>Simulated %1 took %2</source>
        <translation>%1 simulada tomó %2</translation>
    </message>
</context>
<context>
    <name>QaSimulatorSet</name>
    <message>
        <location filename="../ui/qasimulator.cpp" line="126"/>
        <source>QA simulator on: it plays the extension and onboarding UI</source>
        <translation>Simulador de QA activado: hace de extensión e interfaz de incorporación</translation>
    </message>
    <message>
        <location filename="../ui/qasimulator.cpp" line="127"/>
        <source>QA simulator off</source>
        <translation>Simulador de QA desactivado</translation>
    </message>
</context>
<context>
    <name>QaWorkbench</name>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="37"/>
        <source>answers %1</source>
        <translation>responde %1</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="39"/>
        <source>answers %1 after %2 ms</source>
        <translation>responde %1 tras %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="41"/>
        <source>never answers</source>
        <translation>nunca responde</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="43"/>
        <source>refuses</source>
        <translation>rechaza</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="58"/>
        <source>Online</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="67"/>
        <source>Students</source>
        <translation>Estudiantes</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="68"/>
        <source>&amp;Simulate room</source>
        <translation>&amp;Simular sala</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="70"/>
        <location filename="../ui/qa/qaworkbench.cpp" line="155"/>
        <source>Run &amp;scenario…</source>
        <translation>Ejecutar e&amp;scenario…</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="75"/>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="75"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="75"/>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="75"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="75"/>
        <source>Flapping</source>
        <translation>Oscilación</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="81"/>
        <source>Simulated students</source>
        <translation>Estudiantes simulados</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="84"/>
        <source>Answer at once</source>
        <translation>Responder de inmediato</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="85"/>
        <source>Answer after a delay</source>
        <translation>Responder con retraso</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="86"/>
        <source>Never answer</source>
        <translation>No responder nunca</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="87"/>
        <source>Refuse</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="93"/>
        <location filename="../ui/qa/qaworkbench.cpp" line="98"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="99"/>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="100"/>
        <source>&amp;Apply to selected</source>
        <translation>&amp;Aplicar a los seleccionados</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="104"/>
        <source>Students:</source>
        <translation>Estudiantes:</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="110"/>
        <source>Reply to actions:</source>
        <translation>Respuesta a las acciones:</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="111"/>
        <source>Display count:</source>
        <translation>Número de pantallas:</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="112"/>
        <source>Delay:</source>
        <translation>Retraso:</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="117"/>
        <source>Flap field every:</source>
        <translation>Alternar el campo cada:</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="141"/>
        <source>Simulated rooms need the embedded emulator (start without a profile).</source>
        <translation>Las salas simuladas necesitan el emulador integrado (inicie sin perfil).</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="153"/>
        <source>Simulate a &amp;room with N students…</source>
        <translation>Simular una &amp;sala con N estudiantes…</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="163"/>
        <location filename="../ui/qa/qaworkbench.cpp" line="183"/>
        <source>Simulate a room</source>
        <translation>Simular una sala</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="164"/>
        <source>Simulate a room with how many students?</source>
        <translation>¿Con cuántos estudiantes simular la sala?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qa/qaworkbench.cpp" line="188"/>
        <source>Starting %n student(s)…</source>
        <translation>
            <numerusform>Iniciando %n estudiante…</numerusform>
            <numerusform>Iniciando %n estudiantes…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="191"/>
        <source>%1 of %2 students connected</source>
        <translation>%1 de %2 estudiantes conectados</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qa/qaworkbench.cpp" line="196"/>
        <source>%n student(s) ready in %1 s; the room view opens</source>
        <translation>
            <numerusform>%n estudiante listo en %1 s; se abre la vista de sala</numerusform>
            <numerusform>%n estudiantes listos en %1 s; se abre la vista de sala</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="225"/>
        <location filename="../ui/qa/qaworkbench.cpp" line="235"/>
        <source>Run a scenario</source>
        <translation>Ejecutar un escenario</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="225"/>
        <source>Scenario files (*.json)</source>
        <translation>Archivos de escenario (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="251"/>
        <source>Scenario passed.</source>
        <translation>Escenario superado.</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="251"/>
        <source>Scenario failed; see the log.</source>
        <translation>El escenario falló; vea el registro.</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="253"/>
        <source>Running %1</source>
        <translation>Ejecutando %1</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="277"/>
        <location filename="../ui/qa/qaworkbench.cpp" line="342"/>
        <source>online</source>
        <translation>conectado</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="277"/>
        <location filename="../ui/qa/qaworkbench.cpp" line="342"/>
        <source>offline</source>
        <translation>desconectado</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="278"/>
        <source>%1 every %2 ms</source>
        <translation>%1 cada %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="341"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="25"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="28"/>
        <source>Remove the selected action from its queue if nobody has taken it</source>
        <translation>Quitar la acción seleccionada de su cola si nadie la ha tomado</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="33"/>
        <source>Executor</source>
        <translation>Ejecutor</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="37"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="38"/>
        <source>Alarm when an action waits longer than</source>
        <translation>Alarma cuando una acción espera más de</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="46"/>
        <source>Action queues</source>
        <translation>Colas de acciones</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="49"/>
        <source>Executor:</source>
        <translation>Ejecutor:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="51"/>
        <source>Alarm after:</source>
        <translation>Alarma tras:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="139"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/queueview.cpp" line="166"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/queueview.cpp" line="168"/>
        <source>%1 (%n waiting offline)</source>
        <translation>
            <numerusform>%1 (%n esperando sin conexión)</numerusform>
            <numerusform>%1 (%n esperando sin conexión)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/queueview.cpp" line="170"/>
        <source>%1, %n waiting too long</source>
        <translation>
            <numerusform>%1, %n espera demasiado</numerusform>
            <numerusform>%1, %n esperan demasiado</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RejoinDialog</name>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="17"/>
        <source>Documents on %1</source>
        <translation>Documentos en %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="19"/>
        <source>Documents to join</source>
        <translation>Documentos a los que unirse</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="29"/>
        <source>Identity: %1</source>
        <translation>Identidad: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="32"/>
        <source>joined last time on this profile</source>
        <translation>unido la última vez en este perfil</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="34"/>
        <source>open now on the previous profile</source>
        <translation>abierto ahora en el perfil anterior</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="36"/>
        <source>No documents to join on %1. Use File → Join document to add one.</source>
        <translation>No hay documentos a los que unirse en %1. Use Archivo → Unirse a documento para añadir uno.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="37"/>
        <source>Join these documents with profile %1? Documents of another server are usually refused there.</source>
        <translation>¿Unirse a estos documentos con el perfil %1? Los documentos de otro servidor suelen ser rechazados allí.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="43"/>
        <source>&amp;Join selected</source>
        <translation>&amp;Unirse a los seleccionados</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="44"/>
        <source>Join &amp;none</source>
        <translation>&amp;Ninguno</translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message numerus="yes">
        <location filename="../ui/models/revisionhistory.cpp" line="211"/>
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/revisionhistory.cpp" line="233"/>
        <source>Revision</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../ui/models/revisionhistory.cpp" line="235"/>
        <source>Seen</source>
        <translation>Vista</translation>
    </message>
    <message>
        <location filename="../ui/models/revisionhistory.cpp" line="237"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <location filename="../ui/roomcontroller.cpp" line="304"/>
        <source>Not joined, nothing sent to: %1</source>
        <translation>Sin unirse, no se envió nada a: %1</translation>
    </message>
</context>
<context>
    <name>RoomModel</name>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="49"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="51"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="52"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="482"/>
        <source>sending</source>
        <translation>enviando</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="484"/>
        <source>written</source>
        <translation>escrita</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="486"/>
        <source>taken</source>
        <translation>tomada</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="488"/>
        <source>answered</source>
        <translation>respondida</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="490"/>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="511"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="527"/>
        <source>not joined</source>
        <translation>sin unirse</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="539"/>
        <source>ALARM</source>
        <translation>ALARMA</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="578"/>
        <source>%1 (added by hand)</source>
        <translation>%1 (añadida a mano)</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="614"/>
        <source>JSON pointer %1 in the session document</source>
        <translation>Puntero JSON %1 en el documento de la sesión</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="619"/>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="621"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="623"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="629"/>
        <source>Pending (oldest)</source>
        <translation>Pendientes (la más antigua)</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="631"/>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="633"/>
        <source>Last response</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="635"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="637"/>
        <source>Alarm</source>
        <translation>Alarma</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="38"/>
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="66"/>
        <source>Room %1</source>
        <translation>Sala %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="85"/>
        <source>Student sessions</source>
        <translation>Sesiones de estudiantes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="89"/>
        <source>Filter students, states, values…</source>
        <translation>Filtrar estudiantes, estados, valores…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="91"/>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="95"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="96"/>
        <source>Alarm when an action waits longer than this</source>
        <translation>Alarma cuando una acción espera más que esto</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="97"/>
        <source>Alarm threshold</source>
        <translation>Umbral de alarma</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="100"/>
        <source>&amp;Stop…</source>
        <translation>&amp;Detener…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="101"/>
        <source>Stop the selected sessions with one redirect URL (Ctrl+Shift+S)</source>
        <translation>Detener las sesiones seleccionadas con una URL de redirección (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="102"/>
        <source>&amp;Display count</source>
        <translation>&amp;Número de pantallas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="103"/>
        <source>Ask the selected sessions for their display count (Ctrl+D)</source>
        <translation>Pedir a las sesiones seleccionadas su número de pantallas (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="104"/>
        <source>&amp;Action…</source>
        <translation>&amp;Acción…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="105"/>
        <source>Any action or preset, sent to each selected session (Ctrl+Return)</source>
        <translation>Cualquier acción o preajuste, enviado a cada sesión seleccionada (Ctrl+Intro)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="106"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="107"/>
        <source>Drop</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="108"/>
        <source>Columns…</source>
        <translation>Columnas…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="117"/>
        <source>Selected:</source>
        <translation>Seleccionadas:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="122"/>
        <source>Alarm after</source>
        <translation>Alarma tras</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="160"/>
        <source>The room document has no list of sessions at &quot;%1&quot; (Columns… sets the path).</source>
        <translation>El documento de la sala no tiene una lista de sesiones en «%1» (Columnas… fija la ruta).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="315"/>
        <source>Select the sessions to stop first.</source>
        <translation>Seleccione primero las sesiones que quiere detener.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="319"/>
        <location filename="../ui/widgets/roomview.cpp" line="330"/>
        <location filename="../ui/widgets/roomview.cpp" line="346"/>
        <source>Stop sessions</source>
        <translation>Detener sesiones</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="320"/>
        <source>Redirect URL for all %n selected session(s) (empty: none):</source>
        <translation>
            <numerusform>URL de redirección para la sesión seleccionada (vacía: ninguna):</numerusform>
            <numerusform>URL de redirección para las %n sesiones seleccionadas (vacía: ninguna):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="331"/>
        <source>&quot;%1&quot; is not an absolute http(s) URL; nothing was sent.</source>
        <translation>«%1» no es una URL http(s) absoluta; no se envió nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="344"/>
        <source>Stop %n session(s)?</source>
        <translation>
            <numerusform>¿Detener %n sesión?</numerusform>
            <numerusform>¿Detener %n sesiones?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="345"/>
        <source>Stop %n session(s) and send them to %1?</source>
        <translation>
            <numerusform>¿Detener %n sesión y enviarla a %1?</numerusform>
            <numerusform>¿Detener %n sesiones y enviarlas a %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="351"/>
        <source>Stop %n</source>
        <translation>
            <numerusform>Detener %n</numerusform>
            <numerusform>Detener %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="366"/>
        <location filename="../ui/widgets/roomview.cpp" line="376"/>
        <source>Select sessions first.</source>
        <translation>Seleccione primero las sesiones.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="380"/>
        <source>Action for %n session(s)</source>
        <translation>
            <numerusform>Acción para %n sesión</numerusform>
            <numerusform>Acción para %n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="396"/>
        <source>Not sent.</source>
        <translation>No enviado.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="413"/>
        <source>Send %1?</source>
        <translation>¿Enviar %1?</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="413"/>
        <location filename="../ui/widgets/roomview.cpp" line="414"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="414"/>
        <source>Send %1 to %n session(s)?</source>
        <translation>
            <numerusform>¿Enviar %1 a %n sesión?</numerusform>
            <numerusform>¿Enviar %1 a %n sesiones?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="419"/>
        <source>Send to %n</source>
        <translation>
            <numerusform>Enviar a %n</numerusform>
            <numerusform>Enviar a %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="352"/>
        <location filename="../ui/widgets/roomview.cpp" line="420"/>
        <source>&amp;Don&apos;t ask again for this profile</source>
        <translation>&amp;No volver a preguntar en este perfil</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="443"/>
        <source>Join the room&apos;s sessions</source>
        <translation>Unirse a las sesiones de la sala</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="444"/>
        <source>The room lists %n session(s) not joined yet. Join them all now?</source>
        <translation>
            <numerusform>La sala lista %n sesión a la que aún no se ha unido. ¿Unirse ahora?</numerusform>
            <numerusform>La sala lista %n sesiones a las que aún no se ha unido. ¿Unirse a todas ahora?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="449"/>
        <source>Each is joined as you (%1) on that session.</source>
        <translation>Se une a cada una como usted (%1) en esa sesión.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="471"/>
        <location filename="../ui/widgets/roomview.cpp" line="478"/>
        <source>Add a session</source>
        <translation>Añadir una sesión</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="472"/>
        <source>Session SID (ES followed by 32 letters or digits):</source>
        <translation>SID de la sesión (ES seguido de 32 letras o dígitos):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="478"/>
        <source>&quot;%1&quot; is not a session SID (ES…).</source>
        <translation>«%1» no es un SID de sesión (ES…).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="494"/>
        <source>Student label</source>
        <translation>Etiqueta del estudiante</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="495"/>
        <source>Label for %1 (empty: from the documents):</source>
        <translation>Etiqueta para %1 (vacía: la de los documentos):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="505"/>
        <source>Room columns</source>
        <translation>Columnas de la sala</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="509"/>
        <source>JSON pointers into the session document, separated by commas</source>
        <translation>Punteros JSON en el documento de la sesión, separados por comas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="511"/>
        <source>Sessions in the room document at:</source>
        <translation>Sesiones en el documento de la sala en:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="512"/>
        <source>Student label from:</source>
        <translation>Etiqueta del estudiante desde:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="513"/>
        <source>Columns (JSON pointers):</source>
        <translation>Columnas (punteros JSON):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="546"/>
        <source>Join all listed (%1)</source>
        <translation>Unirse a todas las listadas (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="548"/>
        <source>%n session(s), %1 joined, %2 selected</source>
        <translation>
            <numerusform>%n sesión, %1 unida, %2 seleccionada(s)</numerusform>
            <numerusform>%n sesiones, %1 unidas, %2 seleccionadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="552"/>
        <source>%n alarm(s)</source>
        <translation>
            <numerusform>%n alarma</numerusform>
            <numerusform>%n alarmas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomWindows</name>
    <message>
        <location filename="../ui/widgets/roomwindows.cpp" line="102"/>
        <source>No proctor room joined</source>
        <translation>Ninguna sala de supervisor unida</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomwindows.cpp" line="108"/>
        <source>Room view: %1</source>
        <translation>Vista de sala: %1</translation>
    </message>
</context>
<context>
    <name>ScenarioText</name>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="16"/>
        <source>steps[%1]</source>
        <translation>steps[%1]</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="30"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="34"/>
        <source>%1 is over 1 MiB; not a scenario file.</source>
        <translation>%1 supera 1 MiB; no es un archivo de escenario.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="46"/>
        <source>Not JSON: %1 at offset %2</source>
        <translation>No es JSON: %1 en la posición %2</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="47"/>
        <source>A scenario is a JSON object.</source>
        <translation>Un escenario es un objeto JSON.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="55"/>
        <source>&quot;students&quot; must be 1 to %1.</source>
        <translation>«students» debe ser de 1 a %1.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="60"/>
        <source>&quot;alarmSeconds&quot; must be at least 1.</source>
        <translation>«alarmSeconds» debe ser al menos 1.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="66"/>
        <source>&quot;steps&quot; must be a non-empty array.</source>
        <translation>«steps» debe ser una lista no vacía.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="72"/>
        <source>%1: a step is an object.</source>
        <translation>%1: un paso es un objeto.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="80"/>
        <source>%1: &quot;at&quot; (seconds, 0 or more) is missing.</source>
        <translation>%1: falta «at» (segundos, 0 o más).</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="90"/>
        <source>%1: student %2 is not in 0..%3.</source>
        <translation>%1: el estudiante %2 no está en 0..%3.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="100"/>
        <source>%1: &quot;students&quot; is &quot;all&quot; or an array of indices.</source>
        <translation>%1: «students» es «all» o una lista de índices.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="107"/>
        <source>%1: a step has either &quot;do&quot; or &quot;expect&quot;.</source>
        <translation>%1: un paso tiene «do» o «expect».</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="115"/>
        <source>%1: unknown expectation &quot;%2&quot; (known: %3).</source>
        <translation>%1: expectativa desconocida «%2» (conocidas: %3).</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="121"/>
        <source>%1: &quot;expect&quot; is empty.</source>
        <translation>%1: «expect» está vacío.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="126"/>
        <location filename="../ui/qa/scenario.cpp" line="136"/>
        <source>%1: which &quot;students&quot;?</source>
        <translation>%1: ¿qué «students»?</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="131"/>
        <source>%1: unknown action &quot;%2&quot; (known: %3).</source>
        <translation>%1: acción desconocida «%2» (conocidas: %3).</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="141"/>
        <source>%1: &quot;reply&quot; is answer, delay, never or refuse.</source>
        <translation>%1: «reply» es answer, delay, never o refuse.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="146"/>
        <source>%1: &quot;send&quot; needs a &quot;batch&quot; array.</source>
        <translation>%1: «send» necesita una lista «batch».</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="150"/>
        <source>%1: &quot;set&quot; needs a &quot;fields&quot; object.</source>
        <translation>%1: «set» necesita un objeto «fields».</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="52"/>
        <source>The scenario did not finish within %1 s.</source>
        <translation>El escenario no terminó en %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="99"/>
        <source>The room could not be joined.</source>
        <translation>No se pudo unir a la sala.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="243"/>
        <source>%1 rows, expected %2</source>
        <translation>%1 filas, se esperaban %2</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="251"/>
        <source>student %1 (%2)</source>
        <translation>estudiante %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="255"/>
        <source>%1: outcome %2</source>
        <translation>%1: resultado %2</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="258"/>
        <source>%1: alarm %2</source>
        <translation>%1: alarma %2</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="265"/>
        <source>%1: last response &quot;%2&quot;</source>
        <translation>%1: última respuesta «%2»</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="275"/>
        <source>%1: state %2</source>
        <translation>%1: estado %2</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="278"/>
        <source>%1: took %2 action(s)</source>
        <translation>%1: tomó %2 acción(es)</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="281"/>
        <source>%1: %2 batch(es) in the outbox</source>
        <translation>%1: %2 lote(s) en la bandeja de salida</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="290"/>
        <source>%1: %2 is %3</source>
        <translation>%1: %2 es %3</translation>
    </message>
</context>
<context>
    <name>SecretMask</name>
    <message numerus="yes">
        <location filename="../ui/models/secretmask.cpp" line="45"/>
        <source>•••• (%n chars)</source>
        <translation>
            <numerusform>•••• (%n carácter)</numerusform>
            <numerusform>•••• (%n caracteres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulatedRoom</name>
    <message>
        <location filename="../ui/qa/simulatedroom.cpp" line="67"/>
        <source>Simulated rooms need the embedded emulator.</source>
        <translation>Las salas simuladas necesitan el emulador integrado.</translation>
    </message>
    <message>
        <location filename="../ui/qa/simulatedroom.cpp" line="71"/>
        <source>A simulated room has 1 to %1 students, not %2.</source>
        <translation>Una sala simulada tiene de 1 a %1 estudiantes, no %2.</translation>
    </message>
    <message>
        <location filename="../ui/qa/simulatedroom.cpp" line="98"/>
        <source>%1 could not join: %2</source>
        <translation>%1 no pudo unirse: %2</translation>
    </message>
    <message>
        <location filename="../ui/qa/simulatedroom.cpp" line="102"/>
        <source>The embedded emulator has no proctor %1.</source>
        <translation>El emulador integrado no tiene el supervisor %1.</translation>
    </message>
    <message>
        <location filename="../ui/qa/simulatedroom.cpp" line="120"/>
        <source>The room document could not be created: %1</source>
        <translation>No se pudo crear el documento de la sala: %1</translation>
    </message>
</context>
<context>
    <name>SimulatedStudent</name>
    <message>
        <location filename="../ui/qa/simulatedstudent.cpp" line="162"/>
        <source>%1 (%2) answered getDisplayCount with %3</source>
        <translation>%1 (%2) respondió a getDisplayCount con %3</translation>
    </message>
    <message>
        <location filename="../ui/qa/simulatedstudent.cpp" line="169"/>
        <source>%1 (%2) stopped the session</source>
        <translation>%1 (%2) detuvo la sesión</translation>
    </message>
    <message>
        <location filename="../ui/qa/simulatedstudent.cpp" line="171"/>
        <source>%1 (%2) took %3</source>
        <translation>%1 (%2) tomó %3</translation>
    </message>
    <message>
        <location filename="../ui/qa/simulatedstudent.cpp" line="199"/>
        <source>%1 (%2) refused %3</source>
        <translation>%1 (%2) rechazó %3</translation>
    </message>
</context>
<context>
    <name>SimulatorPanel</name>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="20"/>
        <source>No session document joined.</source>
        <translation>No se ha unido ningún documento de sesión.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="31"/>
        <source>For each session switched on, the simulator consumes its extension and onboarding actions, answers getDisplayCount with the count below and acknowledges stopSession. Switch it off to watch actions wait and raise alarms.</source>
        <translation>En cada sesión activada, el simulador consume sus acciones de extensión e incorporación, responde a getDisplayCount con el número de abajo y confirma stopSession. Desactívelo para ver cómo las acciones esperan y disparan alarmas.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="47"/>
        <source>Simulated sessions</source>
        <translation>Sesiones simuladas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="50"/>
        <source>&lt;b&gt;Play the extension and the onboarding UI for:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hacer de extensión e interfaz de incorporación para:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="53"/>
        <source>&amp;Displays to report:</source>
        <translation>&amp;Pantallas que informar:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="82"/>
        <source>Simulate the student of %1</source>
        <translation>Simular al estudiante de %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="88"/>
        <source>%1 is not connected yet; try again once it is.</source>
        <translation>%1 aún no está conectado; inténtelo de nuevo cuando lo esté.</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <location filename="../ui/widgets/staleeditdialog.cpp" line="23"/>
        <source>The document changed</source>
        <translation>El documento cambió</translation>
    </message>
    <message>
        <location filename="../ui/widgets/staleeditdialog.cpp" line="25"/>
        <source>%1 changed while you were editing it. Nothing was written.</source>
        <translation>%1 cambió mientras lo editaba. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/staleeditdialog.cpp" line="34"/>
        <source>Changes made meanwhile</source>
        <translation>Cambios hechos mientras tanto</translation>
    </message>
    <message>
        <location filename="../ui/widgets/staleeditdialog.cpp" line="37"/>
        <source>What re-applying writes</source>
        <translation>Lo que escribe volver a aplicar</translation>
    </message>
    <message>
        <location filename="../ui/widgets/staleeditdialog.cpp" line="40"/>
        <source>(nothing: the document already holds it)</source>
        <translation>(nada: el documento ya lo contiene)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/staleeditdialog.cpp" line="44"/>
        <source>&amp;Re-apply my change on the current revision</source>
        <translation>&amp;Volver a aplicar mi cambio sobre la revisión actual</translation>
    </message>
    <message>
        <location filename="../ui/widgets/staleeditdialog.cpp" line="50"/>
        <source>Changed meanwhile (your base → now):</source>
        <translation>Cambiado mientras tanto (su base → ahora):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/staleeditdialog.cpp" line="53"/>
        <source>Re-applying your change on the current revision writes:</source>
        <translation>Volver a aplicar su cambio sobre la revisión actual escribe:</translation>
    </message>
</context>
<context>
    <name>SwitchableTransport</name>
    <message>
        <location filename="../ui/qa/switchabletransport.cpp" line="36"/>
        <location filename="../ui/qa/switchabletransport.cpp" line="49"/>
        <source>Offline (simulated)</source>
        <translation>Desconectado (simulado)</translation>
    </message>
</context>
<context>
    <name>SyncClientBackend</name>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="60"/>
        <source>Cannot reach the server</source>
        <translation>No se puede contactar con el servidor</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="63"/>
        <source>The token was refused</source>
        <translation>El token fue rechazado</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="66"/>
        <source>Access denied</source>
        <translation>Acceso denegado</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="69"/>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="72"/>
        <source>Conflicting write</source>
        <translation>Escritura en conflicto</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="75"/>
        <source>The document would exceed 16 KiB</source>
        <translation>El documento superaría los 16 KiB</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="78"/>
        <source>Too many writes; slow down</source>
        <translation>Demasiadas escrituras; vaya más despacio</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="81"/>
        <source>The server did not answer in time</source>
        <translation>El servidor no respondió a tiempo</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="84"/>
        <source>Invalid input</source>
        <translation>Entrada no válida</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="88"/>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="92"/>
        <source>%1 (error %2): %3</source>
        <translation>%1 (error %2): %3</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="93"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="150"/>
        <source>join</source>
        <translation>unirse</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="182"/>
        <source>connection</source>
        <translation>conexión</translation>
    </message>
    <message>
        <source>send</source>
        <translation type="vanished">enviar</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="210"/>
        <location filename="../ui/syncclientbackend.cpp" line="236"/>
        <location filename="../ui/syncclientbackend.cpp" line="273"/>
        <source>Not connected</source>
        <translation>No conectado</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="273"/>
        <location filename="../ui/syncclientbackend.cpp" line="289"/>
        <source>replace</source>
        <translation>reemplazar</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/console/main.cpp" line="91"/>
        <source>The demo did not finish in time.</source>
        <translation>La demostración no terminó a tiempo.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="223"/>
        <source>No connection profile named &quot;%1&quot;.</source>
        <translation>No hay ningún perfil de conexión llamado «%1».</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="167"/>
        <source>SP token</source>
        <translation>Token SP</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="148"/>
        <source>&amp;Rooms</source>
        <translation>&amp;Salas</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="152"/>
        <source>&amp;QA</source>
        <translation>&amp;QA</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="154"/>
        <source>QA workbench</source>
        <translation>Banco de pruebas QA</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="156"/>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="168"/>
        <source>SP token for %1:</source>
        <translation>Token SP para %1:</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="174"/>
        <source>SP Proctor Console — embedded demo</source>
        <translation>SP Proctor Console — demostración integrada</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="175"/>
        <source>SP Proctor Console — %1</source>
        <translation>Consola de supervisión SP — %1</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="319"/>
        <source>SP Proctor Console</source>
        <translation>Consola de supervisión SP</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="323"/>
        <source>Play the demo scenario in the terminal and exit.</source>
        <translation>Reproduce el escenario de demostración en el terminal y sale.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="325"/>
        <source>Seconds the headless demo may take (default 30).</source>
        <translation>Segundos que puede durar la demostración sin ventana (30 por defecto).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="328"/>
        <source>Connect with a saved connection profile instead of the embedded demo.</source>
        <translation>Conecta con un perfil de conexión guardado en lugar de la demostración integrada.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="332"/>
        <source>Run a scenario file on the embedded emulator without a window; prints JSON lines and exits non-zero when an expectation fails.</source>
        <translation>Ejecuta un archivo de escenario en el emulador integrado sin ventana; imprime líneas JSON y sale con un código distinto de cero si falla una expectativa.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="254"/>
        <location filename="../app/console/main.cpp" line="369"/>
        <source>QA simulator</source>
        <translation>Simulador de QA</translation>
    </message>
</context>
</TS>
