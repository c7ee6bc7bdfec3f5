<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ActionComposer</name>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="60"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="63"/>
        <source>Executor</source>
        <translation>Executor</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="65"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="74"/>
        <source>Batch of actions to send in order</source>
        <translation>Batch of actions to send in order</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="76"/>
        <source>Presets</source>
        <translation>Presets</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="79"/>
        <source>Send the batch, or the action in the form when the batch is empty (Ctrl+Return)</source>
        <translation>Send the batch, or the action in the form when the batch is empty (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="83"/>
        <source>E&amp;xecutor:</source>
        <translation>E&amp;xecutor:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="84"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="86"/>
        <source>Add to &amp;batch</source>
        <translation>Add to &amp;batch</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="88"/>
        <source>Move action up</source>
        <translation>Move action up</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="90"/>
        <source>Move action down</source>
        <translation>Move action down</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="92"/>
        <source>Remove action from batch</source>
        <translation>Remove action from batch</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="101"/>
        <source>Save as preset</source>
        <translation>Save as preset</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="103"/>
        <source>Delete preset</source>
        <translation>Delete preset</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="105"/>
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="110"/>
        <source>Fields (* required)</source>
        <translation>Fields (* required)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="145"/>
        <source>Save preset</source>
        <translation>Save preset</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="145"/>
        <source>Preset name:</source>
        <translation>Preset name:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="197"/>
        <source>Join and select a document to send actions.</source>
        <translation>Join and select a document to send actions.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="198"/>
        <source>Sends to the selected document.</source>
        <translation>Sends to the selected document.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="278"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="285"/>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="286"/>
        <source>Show or hide the value</source>
        <translation>Show or hide the value</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="298"/>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="298"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="299"/>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="303"/>
        <source>This action has no fields.</source>
        <translation>This action has no fields.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="367"/>
        <source>Choose an executor and an action.</source>
        <translation>Choose an executor and an action.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="386"/>
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="396"/>
        <source>%1 must be an absolute http or https URL.</source>
        <translation>%1 must be an absolute http or https URL.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="404"/>
        <source>%1 must be a number.</source>
        <translation>%1 must be a number.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="412"/>
        <source>%1 must be valid JSON: %2</source>
        <translation>%1 must be valid JSON: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="460"/>
        <source>Join and select a document first.</source>
        <translation>Join and select a document first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/actioncomposer.cpp" line="473"/>
        <source>Sending %n action(s)…</source>
        <translation>
            <numerusform>Sending %n action…</numerusform>
            <numerusform>Sending %n actions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n action(s).</source>
        <translation type="vanished">
            <numerusform>Sent %n action.</numerusform>
            <numerusform>Sent %n actions.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="501"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ActionQueueModel</name>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="495"/>
        <source>Response (pending)</source>
        <translation>Response (pending)</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="496"/>
        <source>Response (read)</source>
        <translation>Response (read)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="vanished">Pending</translation>
    </message>
    <message>
        <source>Consumed</source>
        <translation type="vanished">Consumed</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="280"/>
        <source>Sending</source>
        <translation>Sending</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="282"/>
        <source>Waiting offline (outbox)</source>
        <translation>Waiting offline (outbox)</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="284"/>
        <source>Written, not taken yet</source>
        <translation>Written, not taken yet</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="287"/>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="288"/>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="288"/>
        <source>Taken by %1</source>
        <translation>Taken by %1</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="290"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="292"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="498"/>
        <source>Withdrawing…</source>
        <translation>Withdrawing…</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="500"/>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="503"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="508"/>
        <source>answers %1</source>
        <translation>answers %1</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="558"/>
        <source>Executor</source>
        <translation>Executor</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="560"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="562"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="564"/>
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="566"/>
        <source>Consumed at</source>
        <translation>Consumed at</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="568"/>
        <source>Response</source>
        <translation>Response</translation>
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
        <translation type="vanished">%1.%2 queued</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="66"/>
        <source>Waiting offline in the outbox</source>
        <translation>Waiting offline in the outbox</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="68"/>
        <source>Waiting offline in the outbox; it is written when the connection is back.</source>
        <translation>Waiting offline in the outbox; it is written when the connection is back.</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="77"/>
        <source>%1.%2 written</source>
        <translation>%1.%2 written</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consolecontroller.cpp" line="83"/>
        <source>Written: %n action(s) in the document, waiting to be taken.</source>
        <translation>
            <numerusform>Written: %n action in the document, waiting to be taken.</numerusform>
            <numerusform>Written: %n actions in the document, waiting to be taken.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="90"/>
        <source>send failed: %1</source>
        <translation>send failed: %1</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="91"/>
        <source>Refused, nothing written: %1</source>
        <translation>Refused, nothing written: %1</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="92"/>
        <source>%1: send failed: %2</source>
        <translation>%1: send failed: %2</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="104"/>
        <source>Could not withdraw %1: %2</source>
        <translation>Could not withdraw %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="108"/>
        <source>Withdrew %1 from %2&apos;s queue</source>
        <translation>Withdrew %1 from %2&apos;s queue</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="109"/>
        <source>Not withdrawn: %1 had already taken %2</source>
        <translation>Not withdrawn: %1 had already taken %2</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="121"/>
        <source>Document written</source>
        <translation>Document written</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="122"/>
        <source>Written.</source>
        <translation>Written.</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="133"/>
        <source>The document changed meanwhile elsewhere; writing %1 on the current revision</source>
        <translation>The document changed meanwhile elsewhere; writing %1 on the current revision</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="141"/>
        <source>Not written: the document changed since it was shown</source>
        <translation>Not written: the document changed since it was shown</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="146"/>
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="147"/>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 failed: %3</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="174"/>
        <source>Connected with profile %1</source>
        <translation>Connected with profile %1</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="175"/>
        <source>Switched to profile %1</source>
        <translation>Switched to profile %1</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="205"/>
        <source>%1 is already joined.</source>
        <translation>%1 is already joined.</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="214"/>
        <source>%1.%2 consumed</source>
        <translation>%1.%2 consumed</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="220"/>
        <source>Response to %1: %2</source>
        <translation>Response to %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="225"/>
        <source>%1 action %2 waiting for %3 s</source>
        <translation>%1 action %2 waiting for %3 s</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="230"/>
        <source>Joining as %1</source>
        <translation>Joining as %1</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="259"/>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="268"/>
        <source>%1 is not joined; nothing was sent.</source>
        <translation>%1 is not joined; nothing was sent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consolecontroller.cpp" line="274"/>
        <source>Sending %n action(s)</source>
        <translation>
            <numerusform>Sending %n action</numerusform>
            <numerusform>Sending %n actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="288"/>
        <source>Withdrawing %1 from %2&apos;s queue</source>
        <translation>Withdrawing %1 from %2&apos;s queue</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="298"/>
        <source>Joining again as %1</source>
        <translation>Joining again as %1</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="319"/>
        <source>The document is over 16 KiB; nothing was sent.</source>
        <translation>The document is over 16 KiB; nothing was sent.</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="322"/>
        <source>Replacing the document</source>
        <translation>Replacing the document</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="334"/>
        <source>Reconnecting in %1 ms</source>
        <translation>Reconnecting in %1 ms</translation>
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
            <numerusform>Revision %1, %n change</numerusform>
            <numerusform>Revision %1, %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <location filename="../app/console/demosession.cpp" line="40"/>
        <source>The embedded emulator has no demo data.</source>
        <translation>The embedded emulator has no demo data.</translation>
    </message>
    <message>
        <location filename="../app/console/demosession.cpp" line="46"/>
        <source>Local (embedded emulator)</source>
        <translation>Local (embedded emulator)</translation>
    </message>
    <message>
        <location filename="../app/console/demosession.cpp" line="100"/>
        <source>The QA simulator could not join: %1</source>
        <translation>The QA simulator could not join: %1</translation>
    </message>
    <message>
        <location filename="../app/console/demosession.cpp" line="115"/>
        <source>QA simulator plays the extension and onboarding UI as %1</source>
        <translation>QA simulator plays the extension and onboarding UI as %1</translation>
    </message>
    <message>
        <location filename="../app/console/demosession.cpp" line="166"/>
        <source>Demo finished: stopSession consumed, getDisplayCount answered.</source>
        <translation>Demo finished: stopSession consumed, getDisplayCount answered.</translation>
    </message>
</context>
<context>
    <name>DiagnosticLog</name>
    <message>
        <location filename="../ui/widgets/diagnosticlog.cpp" line="36"/>
        <location filename="../ui/widgets/diagnosticlog.cpp" line="42"/>
        <source>Save diagnostic log</source>
        <translation>Save diagnostic log</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diagnosticlog.cpp" line="36"/>
        <source>JSON lines (*.jsonl);;All files (*)</source>
        <translation>JSON lines (*.jsonl);;All files (*)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/diagnosticlog.cpp" line="42"/>
        <source>Could not save the log: %1</source>
        <translation>Could not save the log: %1</translation>
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
        <translation>Connecting</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="141"/>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="143"/>
        <source>Reconnecting</source>
        <translation>Reconnecting</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="145"/>
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="147"/>
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="149"/>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/documentlistmodel.cpp" line="183"/>
        <source>Reconnecting in %n s</source>
        <translation>
            <numerusform>Reconnecting in %n s</numerusform>
            <numerusform>Reconnecting in %n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="185"/>
        <source>%1 · last update %2</source>
        <translation>%1 · last update %2</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="192"/>
        <source>%1 / %2 KiB (%3%)</source>
        <translation>%1 / %2 KiB (%3%)</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="202"/>
        <source>%1
Identity: %2
Not connected: the data shown is from %3</source>
        <translation>%1
Identity: %2
Not connected: the data shown is from %3</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="204"/>
        <source>%1
Identity: %2</source>
        <translation>%1
Identity: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="246"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="248"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="250"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="252"/>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="254"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>DocumentNameDelegate</name>
    <message>
        <location filename="../ui/widgets/documentnamedelegate.cpp" line="18"/>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../ui/widgets/documentnamedelegate.cpp" line="22"/>
        <source>Session</source>
        <translation>Session</translation>
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
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="65"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="66"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="67"/>
        <source>Consumed</source>
        <translation>Consumed</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="68"/>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="69"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="70"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="71"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="72"/>
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="177"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="179"/>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="181"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="183"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="45"/>
        <source>Follow</source>
        <translation>Follow</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="50"/>
        <source>Filter events (Ctrl+F)</source>
        <translation>Filter events (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="52"/>
        <source>Filter events</source>
        <translation>Filter events</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="54"/>
        <source>Event kind</source>
        <translation>Event kind</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="55"/>
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="57"/>
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="58"/>
        <source>Actions sent</source>
        <translation>Actions sent</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="59"/>
        <source>Consumed</source>
        <translation>Consumed</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="60"/>
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="61"/>
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="62"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="63"/>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="64"/>
        <source>Sends</source>
        <translation>Sends</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="65"/>
        <source>QA simulator</source>
        <translation>QA simulator</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="82"/>
        <source>Event log</source>
        <translation>Event log</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="85"/>
        <source>Copy selected events</source>
        <translation>Copy selected events</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="87"/>
        <source>Export events to JSON or CSV</source>
        <translation>Export events to JSON or CSV</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="89"/>
        <source>Clear the event log</source>
        <translation>Clear the event log</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="122"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="151"/>
        <source>No event passes the filter.</source>
        <translation>No event passes the filter.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="175"/>
        <location filename="../ui/widgets/eventlogview.cpp" line="180"/>
        <source>Export events</source>
        <translation>Export events</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="175"/>
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="180"/>
        <source>Could not export: %1</source>
        <translation>Could not export: %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="34"/>
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="36"/>
        <source>Diff from revision</source>
        <translation>Diff from revision</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="38"/>
        <source>Diff to revision</source>
        <translation>Diff to revision</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="42"/>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="46"/>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="48"/>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="94"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="118"/>
        <source>No revisions yet.</source>
        <translation>No revisions yet.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="123"/>
        <source>Only one revision so far. Differences appear here once the document changes.</source>
        <translation>Only one revision so far. Differences appear here once the document changes.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="129"/>
        <source>Pick two different revisions to compare.</source>
        <translation>Pick two different revisions to compare.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="129"/>
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="21"/>
        <source>&amp;Session SID:</source>
        <translation>&amp;Session SID:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="22"/>
        <source>&amp;Proctor SID:</source>
        <translation>&amp;Proctor SID:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="23"/>
        <source>R&amp;oom SID:</source>
        <translation>R&amp;oom SID:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="29"/>
        <source>Join a document</source>
        <translation>Join a document</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="31"/>
        <source>Proctor: exam session</source>
        <translation>Proctor: exam session</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="32"/>
        <source>Proctor: proctor room</source>
        <translation>Proctor: proctor room</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="33"/>
        <source>Student: own session (QA)</source>
        <translation>Student: own session (QA)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="43"/>
        <source>ES followed by 32 letters or digits</source>
        <translation>ES followed by 32 letters or digits</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="44"/>
        <source>PU followed by 32 letters or digits</source>
        <translation>PU followed by 32 letters or digits</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="45"/>
        <source>PR followed by 32 letters or digits</source>
        <translation>PR followed by 32 letters or digits</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="64"/>
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="67"/>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="71"/>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="72"/>
        <source>Identity:</source>
        <translation>Identity:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="126"/>
        <source>(enter the SIDs)</source>
        <translation>(enter the SIDs)</translation>
    </message>
</context>
<context>
    <name>JoinRules</name>
    <message>
        <location filename="../ui/joinrequest.cpp" line="21"/>
        <source>%1 is missing.</source>
        <translation>%1 is missing.</translation>
    </message>
    <message>
        <location filename="../ui/joinrequest.cpp" line="23"/>
        <source>%1 must start with %2 (it starts with &quot;%3&quot;).</source>
        <translation>%1 must start with %2 (it starts with &quot;%3&quot;).</translation>
    </message>
    <message>
        <location filename="../ui/joinrequest.cpp" line="26"/>
        <source>%1 has &quot;%2&quot; at position %3; only letters and digits are allowed.</source>
        <translation>%1 has &quot;%2&quot; at position %3; only letters and digits are allowed.</translation>
    </message>
    <message>
        <location filename="../ui/joinrequest.cpp" line="31"/>
        <source>%1 needs 32 letters or digits after %2; it has %3.</source>
        <translation>%1 needs 32 letters or digits after %2; it has %3.</translation>
    </message>
    <message>
        <location filename="../ui/joinrequest.cpp" line="57"/>
        <source>Session SID</source>
        <translation>Session SID</translation>
    </message>
    <message>
        <location filename="../ui/joinrequest.cpp" line="58"/>
        <source>Proctor SID</source>
        <translation>Proctor SID</translation>
    </message>
    <message>
        <location filename="../ui/joinrequest.cpp" line="59"/>
        <source>Room SID</source>
        <translation>Room SID</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/models/jsontreemodel.cpp" line="324"/>
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/jsontreemodel.cpp" line="326"/>
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/models/jsontreemodel.cpp" line="389"/>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../ui/models/jsontreemodel.cpp" line="391"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../ui/models/jsontreemodel.cpp" line="393"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>JsonTreePanel</name>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="71"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="72"/>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="76"/>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="77"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="85"/>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="226"/>
        <source>%1 of 16 KiB</source>
        <translation>%1 of 16 KiB</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="86"/>
        <source>Document size</source>
        <translation>Document size</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="95"/>
        <source>Document tree</source>
        <translation>Document tree</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="98"/>
        <source>Copy value</source>
        <translation>Copy value</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="107"/>
        <source>Copy path</source>
        <translation>Copy path</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="120"/>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="142"/>
        <source>Raw JSON</source>
        <translation>Raw JSON</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="140"/>
        <source>Document views</source>
        <translation>Document views</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="141"/>
        <source>Tree</source>
        <translation>Tree</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="223"/>
        <source>No document selected</source>
        <translation>No document selected</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="224"/>
        <source>%1 — revision %2</source>
        <translation>%1 — revision %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="282"/>
        <source>Invalid JSON at offset %1: %2</source>
        <translation>Invalid JSON at offset %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="284"/>
        <source>The document must be a JSON object.</source>
        <translation>The document must be a JSON object.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="286"/>
        <source>The document is %1 bytes; the limit is 16 KiB (16384 bytes).</source>
        <translation>The document is %1 bytes; the limit is 16 KiB (16384 bytes).</translation>
    </message>
</context>
<context>
    <name>LocalServerPanel</name>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="34"/>
        <source>Show token</source>
        <translation>Show token</translation>
    </message>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="40"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="45"/>
        <source>spsync command line</source>
        <translation>spsync command line</translation>
    </message>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="46"/>
        <source>&amp;Copy command</source>
        <translation>&amp;Copy command</translation>
    </message>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="48"/>
        <source>&amp;New token</source>
        <translation>&amp;New token</translation>
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
        <translation>SP API:</translation>
    </message>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="54"/>
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="105"/>
        <source>New token for %1, valid one hour.</source>
        <translation>New token for %1, valid one hour.</translation>
    </message>
    <message>
        <location filename="../ui/qa/localserverpanel.cpp" line="140"/>
        <source>Copied, with a fresh token. Paste it into a terminal.</source>
        <translation>Copied, with a fresh token. Paste it into a terminal.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="53"/>
        <source>SP Proctor Console</source>
        <translation>SP Proctor Console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="84"/>
        <source>Joined documents</source>
        <translation>Joined documents</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="91"/>
        <source>Join…</source>
        <translation>Join…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93"/>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>&lt;b&gt;Documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documents&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="108"/>
        <source>&lt;b&gt;Action composer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Action composer&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>Log, queues and history</source>
        <translation>Log, queues and history</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>Event log</source>
        <translation>Event log</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="141"/>
        <source>&lt;b&gt;Welcome.&lt;/b&gt; This window runs on an embedded demo: a local server with one exam session and one proctor room, and a simulated student extension that answers your actions. Try it: pick &lt;i&gt;stopSession&lt;/i&gt; in the composer and press Send. To watch a real exam, add your server under Connection → Manage profiles, then join a document with File → Join document (Ctrl+J).</source>
        <translation>&lt;b&gt;Welcome.&lt;/b&gt; This window runs on an embedded demo: a local server with one exam session and one proctor room, and a simulated student extension that answers your actions. Try it: pick &lt;i&gt;stopSession&lt;/i&gt; in the composer and press Send. To watch a real exam, add your server under Connection → Manage profiles, then join a document with File → Join document (Ctrl+J).</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="148"/>
        <source>&amp;Got it</source>
        <translation>&amp;Got it</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249"/>
        <source>&amp;Join document…</source>
        <translation>&amp;Join document…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="251"/>
        <source>&amp;Leave document</source>
        <translation>&amp;Leave document</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="253"/>
        <source>&amp;Export event log…</source>
        <translation>&amp;Export event log…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="258"/>
        <source>&amp;Connection</source>
        <translation>&amp;Connection</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="260"/>
        <source>&amp;Manage profiles…</source>
        <translation>&amp;Manage profiles…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="264"/>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="265"/>
        <location filename="../ui/mainwindow.cpp" line="480"/>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="269"/>
        <source>Add to &amp;batch</source>
        <translation>Add to &amp;batch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="271"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="272"/>
        <source>&amp;Filter event log</source>
        <translation>&amp;Filter event log</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="275"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="278"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="280"/>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="288"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="303"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="305"/>
        <source>Save &amp;diagnostic log…</source>
        <translation>Save &amp;diagnostic log…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="307"/>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="308"/>
        <source>About SP Proctor Console</source>
        <translation>About SP Proctor Console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="309"/>
        <source>Live view of SP sync documents, actions and queues, for proctors and QA testers.</source>
        <translation>Live view of SP sync documents, actions and queues, for proctors and QA testers.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>Embedded demo</source>
        <translation>Embedded demo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="363"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="377"/>
        <source>No saved profiles</source>
        <translation>No saved profiles</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="454"/>
        <source>%1 — not live: last update %2</source>
        <translation>%1 — not live: last update %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="474"/>
        <source>Send %1?</source>
        <translation>Send %1?</translation>
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
        <translation>Send %1 to %2?</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="479"/>
        <source>This interrupts the student&apos;s exam.</source>
        <translation>This interrupts the student&apos;s exam.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="484"/>
        <source>&amp;Don&apos;t ask again for this profile</source>
        <translation>&amp;Don&apos;t ask again for this profile</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="489"/>
        <source>Not sent.</source>
        <translation>Not sent.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="522"/>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="544"/>
        <source>%n document(s), %1 connected</source>
        <translation>
            <numerusform>%n document, %1 connected</numerusform>
            <numerusform>%n documents, %1 connected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="35"/>
        <source>Connection profiles</source>
        <translation>Connection profiles</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="37"/>
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="44"/>
        <source>Twilio region of the Sync service. It picks Twilio&apos;s hosts when the SP API does not name them.</source>
        <translation>Twilio region of the Sync service. It picks Twilio&apos;s hosts when the SP API does not name them.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="48"/>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>The SP token is stored in the system keychain, never in a file.</source>
        <translation type="vanished">The SP token is stored in the system keychain, never in a file.</translation>
    </message>
    <message>
        <source>No keychain is available: the SP token is kept for this session only.</source>
        <translation type="vanished">No keychain is available: the SP token is kept for this session only.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="32"/>
        <source>Rejoin this profile&apos;s documents when the console starts</source>
        <translation>Rejoin this profile&apos;s documents when the console starts</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="57"/>
        <source>The SP token of %1 is saved in the system keychain.</source>
        <translation>The SP token of %1 is saved in the system keychain.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="58"/>
        <source>No keychain took the SP token of %1: it is kept for this session only, and asked for again at the next start.</source>
        <translation>No keychain took the SP token of %1: it is kept for this session only, and asked for again at the next start.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="70"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="71"/>
        <source>&amp;Base URI:</source>
        <translation>&amp;Base URI:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="72"/>
        <source>Token &amp;path:</source>
        <translation>Token &amp;path:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="73"/>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="74"/>
        <source>SP &amp;token:</source>
        <translation>SP &amp;token:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="79"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="80"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="82"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="83"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="84"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="85"/>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="86"/>
        <source>Open a console window on this profile</source>
        <translation>Open a console window on this profile</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="124"/>
        <source>Import profiles</source>
        <translation>Import profiles</translation>
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
            <numerusform>Imported %n profile.</numerusform>
            <numerusform>Imported %n profiles.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="138"/>
        <source>Export profiles</source>
        <translation>Export profiles</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="144"/>
        <source>Exported without tokens.</source>
        <translation>Exported without tokens.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="146"/>
        <source>Could not export: %1</source>
        <translation>Could not export: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="186"/>
        <source>Checking for a system keychain…</source>
        <translation>Checking for a system keychain…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="189"/>
        <source>The SP token is kept in the system keychain, never in a file.</source>
        <translation>The SP token is kept in the system keychain, never in a file.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="193"/>
        <source>No system keychain is available: the SP token is kept in memory for this session only, never in a file, and asked for again at the next start.</source>
        <translation>No system keychain is available: the SP token is kept in memory for this session only, never in a file, and asked for again at the next start.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="214"/>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../ui/profilestore.cpp" line="93"/>
        <source>The profile needs a name.</source>
        <translation>The profile needs a name.</translation>
    </message>
    <message>
        <location filename="../ui/profilestore.cpp" line="98"/>
        <source>The base URI must be an absolute https URL, such as https://api.example.com/v1.</source>
        <translation>The base URI must be an absolute https URL, such as https://api.example.com/v1.</translation>
    </message>
    <message>
        <location filename="../ui/profilestore.cpp" line="100"/>
        <source>Plain http is allowed only to this machine; use https for %1.</source>
        <translation>Plain http is allowed only to this machine; use https for %1.</translation>
    </message>
    <message>
        <location filename="../ui/profilestore.cpp" line="103"/>
        <source>The token path must start with /.</source>
        <translation>The token path must start with /.</translation>
    </message>
    <message>
        <location filename="../ui/profilestore.cpp" line="105"/>
        <source>Unknown region %1; use one of %2.</source>
        <translation>Unknown region %1; use one of %2.</translation>
    </message>
    <message>
        <location filename="../ui/profilestore.cpp" line="241"/>
        <source>Not a profiles file: expected {&quot;profiles&quot;: [...]}.</source>
        <translation>Not a profiles file: expected {&quot;profiles&quot;: [...]}.</translation>
    </message>
    <message>
        <location filename="../ui/profilestore.cpp" line="256"/>
        <source>Profile %1: %2</source>
        <translation>Profile %1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="49"/>
        <location filename="../ui/profileswitcher.cpp" line="68"/>
        <source>No connection profile named &quot;%1&quot;.</source>
        <translation>No connection profile named &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>QaSimulator</name>
    <message>
        <location filename="../ui/qasimulator.cpp" line="48"/>
        <source>Simulated %1 answered getDisplayCount with %2 to %3</source>
        <translation>Simulated %1 answered getDisplayCount with %2 to %3</translation>
    </message>
    <message>
        <location filename="../ui/qasimulator.cpp" line="57"/>
        <source>Simulated %1 stopped the session</source>
        <translation>Simulated %1 stopped the session</translation>
    </message>
    <message>
        <location filename="../ui/qasimulator.cpp" line="58"/>
        <source>Simulated %1 stopped the session and would open %2</source>
        <translation>Simulated %1 stopped the session and would open %2</translation>
    </message>
    <message>
        <location filename="../ui/qasimulator.cpp" line="61"/>
        <source>Simulated %1 took %2</source>
        <translation>Simulated %1 took %2</translation>
    </message>
</context>
<context>
    <name>QaSimulatorSet</name>
    <message>
        <location filename="../ui/qasimulator.cpp" line="126"/>
        <source>QA simulator on: it plays the extension and onboarding UI</source>
        <translation>QA simulator on: it plays the extension and onboarding UI</translation>
    </message>
    <message>
        <location filename="../ui/qasimulator.cpp" line="127"/>
        <source>QA simulator off</source>
        <translation>QA simulator off</translation>
    </message>
</context>
<context>
    <name>QaWorkbench</name>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="37"/>
        <source>answers %1</source>
        <translation>answers %1</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="39"/>
        <source>answers %1 after %2 ms</source>
        <translation>answers %1 after %2 ms</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="41"/>
        <source>never answers</source>
        <translation>never answers</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="43"/>
        <source>refuses</source>
        <translation>refuses</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="58"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="67"/>
        <source>Students</source>
        <translation>Students</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="68"/>
        <source>&amp;Simulate room</source>
        <translation>&amp;Simulate room</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="70"/>
        <location filename="../ui/qa/qaworkbench.cpp" line="155"/>
        <source>Run &amp;scenario…</source>
        <translation>Run &amp;scenario…</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="75"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="75"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="75"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="75"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="75"/>
        <source>Flapping</source>
        <translation>Flapping</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="81"/>
        <source>Simulated students</source>
        <translation>Simulated students</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="84"/>
        <source>Answer at once</source>
        <translation>Answer at once</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="85"/>
        <source>Answer after a delay</source>
        <translation>Answer after a delay</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="86"/>
        <source>Never answer</source>
        <translation>Never answer</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="87"/>
        <source>Refuse</source>
        <translation>Refuse</translation>
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
        <translation>off</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="100"/>
        <source>&amp;Apply to selected</source>
        <translation>&amp;Apply to selected</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="104"/>
        <source>Students:</source>
        <translation>Students:</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="110"/>
        <source>Reply to actions:</source>
        <translation>Reply to actions:</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="111"/>
        <source>Display count:</source>
        <translation>Display count:</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="112"/>
        <source>Delay:</source>
        <translation>Delay:</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="117"/>
        <source>Flap field every:</source>
        <translation>Flap field every:</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="141"/>
        <source>Simulated rooms need the embedded emulator (start without a profile).</source>
        <translation>Simulated rooms need the embedded emulator (start without a profile).</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="153"/>
        <source>Simulate a &amp;room with N students…</source>
        <translation>Simulate a &amp;room with N students…</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="163"/>
        <location filename="../ui/qa/qaworkbench.cpp" line="183"/>
        <source>Simulate a room</source>
        <translation>Simulate a room</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="164"/>
        <source>Simulate a room with how many students?</source>
        <translation>Simulate a room with how many students?</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qa/qaworkbench.cpp" line="188"/>
        <source>Starting %n student(s)…</source>
        <translation>
            <numerusform>Starting %n student…</numerusform>
            <numerusform>Starting %n students…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="191"/>
        <source>%1 of %2 students connected</source>
        <translation>%1 of %2 students connected</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qa/qaworkbench.cpp" line="196"/>
        <source>%n student(s) ready in %1 s; the room view opens</source>
        <translation>
            <numerusform>%n student ready in %1 s; the room view opens</numerusform>
            <numerusform>%n students ready in %1 s; the room view opens</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="225"/>
        <location filename="../ui/qa/qaworkbench.cpp" line="235"/>
        <source>Run a scenario</source>
        <translation>Run a scenario</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="225"/>
        <source>Scenario files (*.json)</source>
        <translation>Scenario files (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="251"/>
        <source>Scenario passed.</source>
        <translation>Scenario passed.</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="251"/>
        <source>Scenario failed; see the log.</source>
        <translation>Scenario failed; see the log.</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="253"/>
        <source>Running %1</source>
        <translation>Running %1</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="277"/>
        <location filename="../ui/qa/qaworkbench.cpp" line="342"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="277"/>
        <location filename="../ui/qa/qaworkbench.cpp" line="342"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../ui/qa/qaworkbench.cpp" line="278"/>
        <source>%1 every %2 ms</source>
        <translation>%1 every %2 ms</translation>
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
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="28"/>
        <source>Remove the selected action from its queue if nobody has taken it</source>
        <translation>Remove the selected action from its queue if nobody has taken it</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="33"/>
        <source>Executor</source>
        <translation>Executor</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="37"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="38"/>
        <source>Alarm when an action waits longer than</source>
        <translation>Alarm when an action waits longer than</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="46"/>
        <source>Action queues</source>
        <translation>Action queues</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="49"/>
        <source>Executor:</source>
        <translation>Executor:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="51"/>
        <source>Alarm after:</source>
        <translation>Alarm after:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="139"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/queueview.cpp" line="166"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/queueview.cpp" line="168"/>
        <source>%1 (%n waiting offline)</source>
        <translation>
            <numerusform>%1 (%n waiting offline)</numerusform>
            <numerusform>%1 (%n waiting offline)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/queueview.cpp" line="170"/>
        <source>%1, %n waiting too long</source>
        <translation>
            <numerusform>%1, %n waiting too long</numerusform>
            <numerusform>%1, %n waiting too long</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RejoinDialog</name>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="17"/>
        <source>Documents on %1</source>
        <translation>Documents on %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="19"/>
        <source>Documents to join</source>
        <translation>Documents to join</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="26"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="29"/>
        <source>Identity: %1</source>
        <translation>Identity: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="32"/>
        <source>joined last time on this profile</source>
        <translation>joined last time on this profile</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="34"/>
        <source>open now on the previous profile</source>
        <translation>open now on the previous profile</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="36"/>
        <source>No documents to join on %1. Use File → Join document to add one.</source>
        <translation>No documents to join on %1. Use File → Join document to add one.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="37"/>
        <source>Join these documents with profile %1? Documents of another server are usually refused there.</source>
        <translation>Join these documents with profile %1? Documents of another server are usually refused there.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="43"/>
        <source>&amp;Join selected</source>
        <translation>&amp;Join selected</translation>
    </message>
    <message>
        <location filename="../ui/widgets/rejoindialog.cpp" line="44"/>
        <source>Join &amp;none</source>
        <translation>Join &amp;none</translation>
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
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../ui/models/revisionhistory.cpp" line="235"/>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <location filename="../ui/models/revisionhistory.cpp" line="237"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <location filename="../ui/roomcontroller.cpp" line="304"/>
        <source>Not joined, nothing sent to: %1</source>
        <translation>Not joined, nothing sent to: %1</translation>
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
        <translation>sending</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="484"/>
        <source>written</source>
        <translation>written</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="486"/>
        <source>taken</source>
        <translation>taken</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="488"/>
        <source>answered</source>
        <translation>answered</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="490"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="511"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="527"/>
        <source>not joined</source>
        <translation>not joined</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="539"/>
        <source>ALARM</source>
        <translation>ALARM</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="578"/>
        <source>%1 (added by hand)</source>
        <translation>%1 (added by hand)</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="614"/>
        <source>JSON pointer %1 in the session document</source>
        <translation>JSON pointer %1 in the session document</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="619"/>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="621"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="623"/>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="629"/>
        <source>Pending (oldest)</source>
        <translation>Pending (oldest)</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="631"/>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="633"/>
        <source>Last response</source>
        <translation>Last response</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="635"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../ui/models/roommodel.cpp" line="637"/>
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
</context>
<context>
    <name>RoomView</name>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="38"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="66"/>
        <source>Room %1</source>
        <translation>Room %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="85"/>
        <source>Student sessions</source>
        <translation>Student sessions</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="89"/>
        <source>Filter students, states, values…</source>
        <translation>Filter students, states, values…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="91"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="95"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="96"/>
        <source>Alarm when an action waits longer than this</source>
        <translation>Alarm when an action waits longer than this</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="97"/>
        <source>Alarm threshold</source>
        <translation>Alarm threshold</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="100"/>
        <source>&amp;Stop…</source>
        <translation>&amp;Stop…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="101"/>
        <source>Stop the selected sessions with one redirect URL (Ctrl+Shift+S)</source>
        <translation>Stop the selected sessions with one redirect URL (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="102"/>
        <source>&amp;Display count</source>
        <translation>&amp;Display count</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="103"/>
        <source>Ask the selected sessions for their display count (Ctrl+D)</source>
        <translation>Ask the selected sessions for their display count (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="104"/>
        <source>&amp;Action…</source>
        <translation>&amp;Action…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="105"/>
        <source>Any action or preset, sent to each selected session (Ctrl+Return)</source>
        <translation>Any action or preset, sent to each selected session (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="106"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="107"/>
        <source>Drop</source>
        <translation>Drop</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="108"/>
        <source>Columns…</source>
        <translation>Columns…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="117"/>
        <source>Selected:</source>
        <translation>Selected:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="122"/>
        <source>Alarm after</source>
        <translation>Alarm after</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="160"/>
        <source>The room document has no list of sessions at &quot;%1&quot; (Columns… sets the path).</source>
        <translation>The room document has no list of sessions at &quot;%1&quot; (Columns… sets the path).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="315"/>
        <source>Select the sessions to stop first.</source>
        <translation>Select the sessions to stop first.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="319"/>
        <location filename="../ui/widgets/roomview.cpp" line="330"/>
        <location filename="../ui/widgets/roomview.cpp" line="346"/>
        <source>Stop sessions</source>
        <translation>Stop sessions</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="320"/>
        <source>Redirect URL for all %n selected session(s) (empty: none):</source>
        <translation>
            <numerusform>Redirect URL for the %n selected session (empty: none):</numerusform>
            <numerusform>Redirect URL for all %n selected sessions (empty: none):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="331"/>
        <source>&quot;%1&quot; is not an absolute http(s) URL; nothing was sent.</source>
        <translation>&quot;%1&quot; is not an absolute http(s) URL; nothing was sent.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="344"/>
        <source>Stop %n session(s)?</source>
        <translation>
            <numerusform>Stop %n session?</numerusform>
            <numerusform>Stop %n sessions?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="345"/>
        <source>Stop %n session(s) and send them to %1?</source>
        <translation>
            <numerusform>Stop %n session and send it to %1?</numerusform>
            <numerusform>Stop %n sessions and send them to %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="351"/>
        <source>Stop %n</source>
        <translation>
            <numerusform>Stop %n</numerusform>
            <numerusform>Stop %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="366"/>
        <location filename="../ui/widgets/roomview.cpp" line="376"/>
        <source>Select sessions first.</source>
        <translation>Select sessions first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="380"/>
        <source>Action for %n session(s)</source>
        <translation>
            <numerusform>Action for %n session</numerusform>
            <numerusform>Action for %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="396"/>
        <source>Not sent.</source>
        <translation>Not sent.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="413"/>
        <source>Send %1?</source>
        <translation>Send %1?</translation>
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
            <numerusform>Send %1 to %n session?</numerusform>
            <numerusform>Send %1 to %n sessions?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="419"/>
        <source>Send to %n</source>
        <translation>
            <numerusform>Send to %n</numerusform>
            <numerusform>Send to %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="352"/>
        <location filename="../ui/widgets/roomview.cpp" line="420"/>
        <source>&amp;Don&apos;t ask again for this profile</source>
        <translation>&amp;Don&apos;t ask again for this profile</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="443"/>
        <source>Join the room&apos;s sessions</source>
        <translation>Join the room&apos;s sessions</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="444"/>
        <source>The room lists %n session(s) not joined yet. Join them all now?</source>
        <translation>
            <numerusform>The room lists %n session not joined yet. Join it now?</numerusform>
            <numerusform>The room lists %n sessions not joined yet. Join them all now?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="449"/>
        <source>Each is joined as you (%1) on that session.</source>
        <translation>Each is joined as you (%1) on that session.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="471"/>
        <location filename="../ui/widgets/roomview.cpp" line="478"/>
        <source>Add a session</source>
        <translation>Add a session</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="472"/>
        <source>Session SID (ES followed by 32 letters or digits):</source>
        <translation>Session SID (ES followed by 32 letters or digits):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="478"/>
        <source>&quot;%1&quot; is not a session SID (ES…).</source>
        <translation>&quot;%1&quot; is not a session SID (ES…).</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="494"/>
        <source>Student label</source>
        <translation>Student label</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="495"/>
        <source>Label for %1 (empty: from the documents):</source>
        <translation>Label for %1 (empty: from the documents):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="505"/>
        <source>Room columns</source>
        <translation>Room columns</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="509"/>
        <source>JSON pointers into the session document, separated by commas</source>
        <translation>JSON pointers into the session document, separated by commas</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="511"/>
        <source>Sessions in the room document at:</source>
        <translation>Sessions in the room document at:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="512"/>
        <source>Student label from:</source>
        <translation>Student label from:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="513"/>
        <source>Columns (JSON pointers):</source>
        <translation>Columns (JSON pointers):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomview.cpp" line="546"/>
        <source>Join all listed (%1)</source>
        <translation>Join all listed (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="548"/>
        <source>%n session(s), %1 joined, %2 selected</source>
        <translation>
            <numerusform>%n session, %1 joined, %2 selected</numerusform>
            <numerusform>%n sessions, %1 joined, %2 selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/roomview.cpp" line="552"/>
        <source>%n alarm(s)</source>
        <translation>
            <numerusform>%n alarm</numerusform>
            <numerusform>%n alarms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomWindows</name>
    <message>
        <location filename="../ui/widgets/roomwindows.cpp" line="102"/>
        <source>No proctor room joined</source>
        <translation>No proctor room joined</translation>
    </message>
    <message>
        <location filename="../ui/widgets/roomwindows.cpp" line="108"/>
        <source>Room view: %1</source>
        <translation>Room view: %1</translation>
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
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="34"/>
        <source>%1 is over 1 MiB; not a scenario file.</source>
        <translation>%1 is over 1 MiB; not a scenario file.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="46"/>
        <source>Not JSON: %1 at offset %2</source>
        <translation>Not JSON: %1 at offset %2</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="47"/>
        <source>A scenario is a JSON object.</source>
        <translation>A scenario is a JSON object.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="55"/>
        <source>&quot;students&quot; must be 1 to %1.</source>
        <translation>&quot;students&quot; must be 1 to %1.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="60"/>
        <source>&quot;alarmSeconds&quot; must be at least 1.</source>
        <translation>&quot;alarmSeconds&quot; must be at least 1.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="66"/>
        <source>&quot;steps&quot; must be a non-empty array.</source>
        <translation>&quot;steps&quot; must be a non-empty array.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="72"/>
        <source>%1: a step is an object.</source>
        <translation>%1: a step is an object.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="80"/>
        <source>%1: &quot;at&quot; (seconds, 0 or more) is missing.</source>
        <translation>%1: &quot;at&quot; (seconds, 0 or more) is missing.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="90"/>
        <source>%1: student %2 is not in 0..%3.</source>
        <translation>%1: student %2 is not in 0..%3.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="100"/>
        <source>%1: &quot;students&quot; is &quot;all&quot; or an array of indices.</source>
        <translation>%1: &quot;students&quot; is &quot;all&quot; or an array of indices.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="107"/>
        <source>%1: a step has either &quot;do&quot; or &quot;expect&quot;.</source>
        <translation>%1: a step has either &quot;do&quot; or &quot;expect&quot;.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="115"/>
        <source>%1: unknown expectation &quot;%2&quot; (known: %3).</source>
        <translation>%1: unknown expectation &quot;%2&quot; (known: %3).</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="121"/>
        <source>%1: &quot;expect&quot; is empty.</source>
        <translation>%1: &quot;expect&quot; is empty.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="126"/>
        <location filename="../ui/qa/scenario.cpp" line="136"/>
        <source>%1: which &quot;students&quot;?</source>
        <translation>%1: which &quot;students&quot;?</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="131"/>
        <source>%1: unknown action &quot;%2&quot; (known: %3).</source>
        <translation>%1: unknown action &quot;%2&quot; (known: %3).</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="141"/>
        <source>%1: &quot;reply&quot; is answer, delay, never or refuse.</source>
        <translation>%1: &quot;reply&quot; is answer, delay, never or refuse.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="146"/>
        <source>%1: &quot;send&quot; needs a &quot;batch&quot; array.</source>
        <translation>%1: &quot;send&quot; needs a &quot;batch&quot; array.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenario.cpp" line="150"/>
        <source>%1: &quot;set&quot; needs a &quot;fields&quot; object.</source>
        <translation>%1: &quot;set&quot; needs a &quot;fields&quot; object.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="52"/>
        <source>The scenario did not finish within %1 s.</source>
        <translation>The scenario did not finish within %1 s.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="99"/>
        <source>The room could not be joined.</source>
        <translation>The room could not be joined.</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="243"/>
        <source>%1 rows, expected %2</source>
        <translation>%1 rows, expected %2</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="251"/>
        <source>student %1 (%2)</source>
        <translation>student %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="255"/>
        <source>%1: outcome %2</source>
        <translation>%1: outcome %2</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="258"/>
        <source>%1: alarm %2</source>
        <translation>%1: alarm %2</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="265"/>
        <source>%1: last response &quot;%2&quot;</source>
        <translation>%1: last response &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="275"/>
        <source>%1: state %2</source>
        <translation>%1: state %2</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="278"/>
        <source>%1: took %2 action(s)</source>
        <translation>%1: took %2 action(s)</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="281"/>
        <source>%1: %2 batch(es) in the outbox</source>
        <translation>%1: %2 batch(es) in the outbox</translation>
    </message>
    <message>
        <location filename="../ui/qa/scenariorunner.cpp" line="290"/>
        <source>%1: %2 is %3</source>
        <translation>%1: %2 is %3</translation>
    </message>
</context>
<context>
    <name>SecretMask</name>
    <message numerus="yes">
        <location filename="../ui/models/secretmask.cpp" line="45"/>
        <source>•••• (%n chars)</source>
        <translation>
            <numerusform>•••• (%n chars)</numerusform>
            <numerusform>•••• (%n chars)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SimulatedRoom</name>
    <message>
        <location filename="../ui/qa/simulatedroom.cpp" line="67"/>
        <source>Simulated rooms need the embedded emulator.</source>
        <translation>Simulated rooms need the embedded emulator.</translation>
    </message>
    <message>
        <location filename="../ui/qa/simulatedroom.cpp" line="71"/>
        <source>A simulated room has 1 to %1 students, not %2.</source>
        <translation>A simulated room has 1 to %1 students, not %2.</translation>
    </message>
    <message>
        <location filename="../ui/qa/simulatedroom.cpp" line="98"/>
        <source>%1 could not join: %2</source>
        <translation>%1 could not join: %2</translation>
    </message>
    <message>
        <location filename="../ui/qa/simulatedroom.cpp" line="102"/>
        <source>The embedded emulator has no proctor %1.</source>
        <translation>The embedded emulator has no proctor %1.</translation>
    </message>
    <message>
        <location filename="../ui/qa/simulatedroom.cpp" line="120"/>
        <source>The room document could not be created: %1</source>
        <translation>The room document could not be created: %1</translation>
    </message>
</context>
<context>
    <name>SimulatedStudent</name>
    <message>
        <location filename="../ui/qa/simulatedstudent.cpp" line="162"/>
        <source>%1 (%2) answered getDisplayCount with %3</source>
        <translation>%1 (%2) answered getDisplayCount with %3</translation>
    </message>
    <message>
        <location filename="../ui/qa/simulatedstudent.cpp" line="169"/>
        <source>%1 (%2) stopped the session</source>
        <translation>%1 (%2) stopped the session</translation>
    </message>
    <message>
        <location filename="../ui/qa/simulatedstudent.cpp" line="171"/>
        <source>%1 (%2) took %3</source>
        <translation>%1 (%2) took %3</translation>
    </message>
    <message>
        <location filename="../ui/qa/simulatedstudent.cpp" line="199"/>
        <source>%1 (%2) refused %3</source>
        <translation>%1 (%2) refused %3</translation>
    </message>
</context>
<context>
    <name>SimulatorPanel</name>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="20"/>
        <source>No session document joined.</source>
        <translation>No session document joined.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="31"/>
        <source>For each session switched on, the simulator consumes its extension and onboarding actions, answers getDisplayCount with the count below and acknowledges stopSession. Switch it off to watch actions wait and raise alarms.</source>
        <translation>For each session switched on, the simulator consumes its extension and onboarding actions, answers getDisplayCount with the count below and acknowledges stopSession. Switch it off to watch actions wait and raise alarms.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="47"/>
        <source>Simulated sessions</source>
        <translation>Simulated sessions</translation>
    </message>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="50"/>
        <source>&lt;b&gt;Play the extension and the onboarding UI for:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Play the extension and the onboarding UI for:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="53"/>
        <source>&amp;Displays to report:</source>
        <translation>&amp;Displays to report:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="82"/>
        <source>Simulate the student of %1</source>
        <translation>Simulate the student of %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="88"/>
        <source>%1 is not connected yet; try again once it is.</source>
        <translation>%1 is not connected yet; try again once it is.</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <location filename="../ui/widgets/staleeditdialog.cpp" line="23"/>
        <source>The document changed</source>
        <translation>The document changed</translation>
    </message>
    <message>
        <location filename="../ui/widgets/staleeditdialog.cpp" line="25"/>
        <source>%1 changed while you were editing it. Nothing was written.</source>
        <translation>%1 changed while you were editing it. Nothing was written.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/staleeditdialog.cpp" line="34"/>
        <source>Changes made meanwhile</source>
        <translation>Changes made meanwhile</translation>
    </message>
    <message>
        <location filename="../ui/widgets/staleeditdialog.cpp" line="37"/>
        <source>What re-applying writes</source>
        <translation>What re-applying writes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/staleeditdialog.cpp" line="40"/>
        <source>(nothing: the document already holds it)</source>
        <translation>(nothing: the document already holds it)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/staleeditdialog.cpp" line="44"/>
        <source>&amp;Re-apply my change on the current revision</source>
        <translation>&amp;Re-apply my change on the current revision</translation>
    </message>
    <message>
        <location filename="../ui/widgets/staleeditdialog.cpp" line="50"/>
        <source>Changed meanwhile (your base → now):</source>
        <translation>Changed meanwhile (your base → now):</translation>
    </message>
    <message>
        <location filename="../ui/widgets/staleeditdialog.cpp" line="53"/>
        <source>Re-applying your change on the current revision writes:</source>
        <translation>Re-applying your change on the current revision writes:</translation>
    </message>
</context>
<context>
    <name>SwitchableTransport</name>
    <message>
        <location filename="../ui/qa/switchabletransport.cpp" line="36"/>
        <location filename="../ui/qa/switchabletransport.cpp" line="49"/>
        <source>Offline (simulated)</source>
        <translation>Offline (simulated)</translation>
    </message>
</context>
<context>
    <name>SyncClientBackend</name>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="60"/>
        <source>Cannot reach the server</source>
        <translation>Cannot reach the server</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="63"/>
        <source>The token was refused</source>
        <translation>The token was refused</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="66"/>
        <source>Access denied</source>
        <translation>Access denied</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="69"/>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="72"/>
        <source>Conflicting write</source>
        <translation>Conflicting write</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="75"/>
        <source>The document would exceed 16 KiB</source>
        <translation>The document would exceed 16 KiB</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="78"/>
        <source>Too many writes; slow down</source>
        <translation>Too many writes; slow down</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="81"/>
        <source>The server did not answer in time</source>
        <translation>The server did not answer in time</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="84"/>
        <source>Invalid input</source>
        <translation>Invalid input</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="88"/>
        <source>Server error</source>
        <translation>Server error</translation>
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
        <translation>join</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="182"/>
        <source>connection</source>
        <translation>connection</translation>
    </message>
    <message>
        <source>send</source>
        <translation type="vanished">send</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="210"/>
        <location filename="../ui/syncclientbackend.cpp" line="236"/>
        <location filename="../ui/syncclientbackend.cpp" line="273"/>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="273"/>
        <location filename="../ui/syncclientbackend.cpp" line="289"/>
        <source>replace</source>
        <translation>replace</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/console/main.cpp" line="91"/>
        <source>The demo did not finish in time.</source>
        <translation>The demo did not finish in time.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="223"/>
        <source>No connection profile named &quot;%1&quot;.</source>
        <translation>No connection profile named &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="167"/>
        <source>SP token</source>
        <translation>SP token</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="148"/>
        <source>&amp;Rooms</source>
        <translation>&amp;Rooms</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="152"/>
        <source>&amp;QA</source>
        <translation>&amp;QA</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="154"/>
        <source>QA workbench</source>
        <translation>QA workbench</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="156"/>
        <source>Local server</source>
        <translation>Local server</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="168"/>
        <source>SP token for %1:</source>
        <translation>SP token for %1:</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="174"/>
        <source>SP Proctor Console — embedded demo</source>
        <translation>SP Proctor Console — embedded demo</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="175"/>
        <source>SP Proctor Console — %1</source>
        <translation>SP Proctor Console — %1</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="319"/>
        <source>SP Proctor Console</source>
        <translation>SP Proctor Console</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="323"/>
        <source>Play the demo scenario in the terminal and exit.</source>
        <translation>Play the demo scenario in the terminal and exit.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="325"/>
        <source>Seconds the headless demo may take (default 30).</source>
        <translation>Seconds the headless demo may take (default 30).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="328"/>
        <source>Connect with a saved connection profile instead of the embedded demo.</source>
        <translation>Connect with a saved connection profile instead of the embedded demo.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="332"/>
        <source>Run a scenario file on the embedded emulator without a window; prints JSON lines and exits non-zero when an expectation fails.</source>
        <translation>Run a scenario file on the embedded emulator without a window; prints JSON lines and exits non-zero when an expectation fails.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="254"/>
        <location filename="../app/console/main.cpp" line="369"/>
        <source>QA simulator</source>
        <translation>QA simulator</translation>
    </message>
</context>
</TS>
