<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>ActionComposer</name>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="57" />
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="60" />
        <source>Executor</source>
        <translation>Executor</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="62" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="71" />
        <source>Batch of actions to send in order</source>
        <translation>Batch of actions to send in order</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="73" />
        <source>Presets</source>
        <translation>Presets</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="76" />
        <source>Send the batch, or the action in the form when the batch is empty (Ctrl+Return)</source>
        <translation>Send the batch, or the action in the form when the batch is empty (Ctrl+Return)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="80" />
        <source>E&amp;xecutor:</source>
        <translation>E&amp;xecutor:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="81" />
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="83" />
        <source>Add to &amp;batch</source>
        <translation>Add to &amp;batch</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="86" />
        <source>Move action up</source>
        <translation>Move action up</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="88" />
        <source>Move action down</source>
        <translation>Move action down</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="90" />
        <source>Remove action from batch</source>
        <translation>Remove action from batch</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="99" />
        <source>Save as preset</source>
        <translation>Save as preset</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="101" />
        <source>Delete preset</source>
        <translation>Delete preset</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="103" />
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="108" />
        <source>Fields (* required)</source>
        <translation>Fields (* required)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="143" />
        <source>Save preset</source>
        <translation>Save preset</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="143" />
        <source>Preset name:</source>
        <translation>Preset name:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="192" />
        <source>Join and select a document to send actions.</source>
        <translation>Join and select a document to send actions.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="193" />
        <source>Sends to the selected document.</source>
        <translation>Sends to the selected document.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="266" />
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="273" />
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="273" />
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="274" />
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="278" />
        <source>This action has no fields.</source>
        <translation>This action has no fields.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="322" />
        <source>Choose an executor and an action.</source>
        <translation>Choose an executor and an action.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="341" />
        <source>%1 is required.</source>
        <translation>%1 is required.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="351" />
        <source>%1 must be an absolute http or https URL.</source>
        <translation>%1 must be an absolute http or https URL.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="359" />
        <source>%1 must be a number.</source>
        <translation>%1 must be a number.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="367" />
        <source>%1 must be valid JSON: %2</source>
        <translation>%1 must be valid JSON: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="415" />
        <source>Join and select a document first.</source>
        <translation>Join and select a document first.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/actioncomposer.cpp" line="427" />
        <source>Sent %n action(s).</source>
        <translation><numerusform>Sent %n action.</numerusform><numerusform>Sent %n actions.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/widgets/actioncomposer.cpp" line="451" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ActionQueueModel</name>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="317" />
        <source>Response (pending)</source>
        <translation>Response (pending)</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="318" />
        <source>Response (read)</source>
        <translation>Response (read)</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="319" />
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="319" />
        <source>Consumed</source>
        <translation>Consumed</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="321" />
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="326" />
        <source>answers %1</source>
        <translation>answers %1</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="369" />
        <source>Executor</source>
        <translation>Executor</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="371" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="373" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="375" />
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="377" />
        <source>Consumed at</source>
        <translation>Consumed at</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="379" />
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../ui/models/actionqueuemodel.cpp" line="381" />
        <source>Id</source>
        <translation>Id</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="61" />
        <source>%1.%2 queued</source>
        <translation>%1.%2 queued</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="74" />
        <source>%1 failed: %2</source>
        <translation>%1 failed: %2</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="75" />
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 failed: %3</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="94" />
        <source>Connected with profile %1</source>
        <translation>Connected with profile %1</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="95" />
        <source>Switched to profile %1</source>
        <translation>Switched to profile %1</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="125" />
        <source>%1 is already joined.</source>
        <translation>%1 is already joined.</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="134" />
        <source>%1.%2 consumed</source>
        <translation>%1.%2 consumed</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="141" />
        <source>Response to %1: %2</source>
        <translation>Response to %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="146" />
        <source>%1 action %2 waiting for %3 s</source>
        <translation>%1 action %2 waiting for %3 s</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="150" />
        <source>Joining as %1</source>
        <translation>Joining as %1</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="161" />
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consolecontroller.cpp" line="171" />
        <source>Sending %n action(s)</source>
        <translation><numerusform>Sending %n action</numerusform><numerusform>Sending %n actions</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="181" />
        <source>The document is over 16 KiB; nothing was sent.</source>
        <translation>The document is over 16 KiB; nothing was sent.</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="184" />
        <source>Replacing the document</source>
        <translation>Replacing the document</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="196" />
        <source>Reconnecting in %1 ms</source>
        <translation>Reconnecting in %1 ms</translation>
    </message>
    <message>
        <location filename="../ui/consolecontroller.cpp" line="198" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/consolecontroller.cpp" line="237" />
        <source>Revision %1, %n change(s)</source>
        <translation><numerusform>Revision %1, %n change</numerusform><numerusform>Revision %1, %n changes</numerusform></translation>
    </message>
</context>
<context>
    <name>DemoSession</name>
    <message>
        <location filename="../app/console/demosession.cpp" line="38" />
        <source>The embedded emulator has no demo data.</source>
        <translation>The embedded emulator has no demo data.</translation>
    </message>
    <message>
        <location filename="../app/console/demosession.cpp" line="43" />
        <source>Local (embedded emulator)</source>
        <translation>Local (embedded emulator)</translation>
    </message>
    <message>
        <location filename="../app/console/demosession.cpp" line="97" />
        <source>The QA simulator could not join: %1</source>
        <translation>The QA simulator could not join: %1</translation>
    </message>
    <message>
        <location filename="../app/console/demosession.cpp" line="113" />
        <source>QA simulator plays the extension and onboarding UI as %1</source>
        <translation>QA simulator plays the extension and onboarding UI as %1</translation>
    </message>
    <message>
        <location filename="../app/console/demosession.cpp" line="167" />
        <source>Demo finished: stopSession consumed, getDisplayCount answered.</source>
        <translation>Demo finished: stopSession consumed, getDisplayCount answered.</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="117" />
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="119" />
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="121" />
        <source>Reconnecting</source>
        <translation>Reconnecting</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="123" />
        <source>Denied</source>
        <translation>Denied</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="125" />
        <source>Disconnected</source>
        <translation>Disconnected</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="127" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/documentlistmodel.cpp" line="155" />
        <source>Reconnecting in %n s</source>
        <translation><numerusform>Reconnecting in %n s</numerusform><numerusform>Reconnecting in %n s</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="163" />
        <source>%1 / %2 KiB (%3%)</source>
        <translation>%1 / %2 KiB (%3%)</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="172" />
        <source>%1
Identity: %2</source>
        <translation>%1
Identity: %2</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="208" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="210" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="212" />
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="214" />
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message>
        <location filename="../ui/models/documentlistmodel.cpp" line="216" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>EventLogModel</name>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="62" />
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="63" />
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="64" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="65" />
        <source>Consumed</source>
        <translation>Consumed</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="66" />
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="67" />
        <source>Alarm</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="68" />
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="69" />
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="70" />
        <source>Simulator</source>
        <translation>Simulator</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="176" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="178" />
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="180" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../ui/models/eventlogmodel.cpp" line="182" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="42" />
        <source>Follow</source>
        <translation>Follow</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="47" />
        <source>Filter events (Ctrl+F)</source>
        <translation>Filter events (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="49" />
        <source>Filter events</source>
        <translation>Filter events</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="51" />
        <source>Event kind</source>
        <translation>Event kind</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="52" />
        <source>All events</source>
        <translation>All events</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="54" />
        <source>Updates</source>
        <translation>Updates</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="55" />
        <source>Actions sent</source>
        <translation>Actions sent</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="56" />
        <source>Consumed</source>
        <translation>Consumed</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="57" />
        <source>Responses</source>
        <translation>Responses</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="58" />
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="59" />
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="60" />
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="61" />
        <source>Sends</source>
        <translation>Sends</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="62" />
        <source>QA simulator</source>
        <translation>QA simulator</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="78" />
        <source>Event log</source>
        <translation>Event log</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="81" />
        <source>Copy selected events</source>
        <translation>Copy selected events</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="83" />
        <source>Export events to JSON or CSV</source>
        <translation>Export events to JSON or CSV</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="84" />
        <source>Clear the event log</source>
        <translation>Clear the event log</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="110" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="139" />
        <source>No event passes the filter.</source>
        <translation>No event passes the filter.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="162" />
        <location filename="../ui/widgets/eventlogview.cpp" line="168" />
        <source>Export events</source>
        <translation>Export events</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="163" />
        <source>JSON (*.json);;CSV (*.csv)</source>
        <translation>JSON (*.json);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/eventlogview.cpp" line="168" />
        <source>Could not export: %1</source>
        <translation>Could not export: %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="31" />
        <source>Revisions</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="33" />
        <source>Diff from revision</source>
        <translation>Diff from revision</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="35" />
        <source>Diff to revision</source>
        <translation>Diff to revision</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="39" />
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="43" />
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="45" />
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="91" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="113" />
        <source>No revisions yet.</source>
        <translation>No revisions yet.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="119" />
        <source>Pick two different revisions to compare.</source>
        <translation>Pick two different revisions to compare.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/historyview.cpp" line="119" />
        <source>No differences.</source>
        <translation>No differences.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="19" />
        <source>&amp;Session SID:</source>
        <translation>&amp;Session SID:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="20" />
        <source>&amp;Proctor SID:</source>
        <translation>&amp;Proctor SID:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="21" />
        <source>R&amp;oom SID:</source>
        <translation>R&amp;oom SID:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="27" />
        <source>Join a document</source>
        <translation>Join a document</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="29" />
        <source>Proctor: exam session</source>
        <translation>Proctor: exam session</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="30" />
        <source>Proctor: proctor room</source>
        <translation>Proctor: proctor room</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="31" />
        <source>Student: own session (QA)</source>
        <translation>Student: own session (QA)</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="41" />
        <source>ES followed by 32 letters or digits</source>
        <translation>ES followed by 32 letters or digits</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="42" />
        <source>PU followed by 32 letters or digits</source>
        <translation>PU followed by 32 letters or digits</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="43" />
        <source>PR followed by 32 letters or digits</source>
        <translation>PR followed by 32 letters or digits</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="62" />
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="65" />
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="69" />
        <source>Document:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="70" />
        <source>Identity:</source>
        <translation>Identity:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/joindialog.cpp" line="124" />
        <source>(enter the SIDs)</source>
        <translation>(enter the SIDs)</translation>
    </message>
</context>
<context>
    <name>JoinRules</name>
    <message>
        <location filename="../ui/joinrequest.cpp" line="19" />
        <source>%1 is missing.</source>
        <translation>%1 is missing.</translation>
    </message>
    <message>
        <location filename="../ui/joinrequest.cpp" line="21" />
        <source>%1 must start with %2 (it starts with "%3").</source>
        <translation>%1 must start with %2 (it starts with "%3").</translation>
    </message>
    <message>
        <location filename="../ui/joinrequest.cpp" line="24" />
        <source>%1 has "%2" at position %3; only letters and digits are allowed.</source>
        <translation>%1 has "%2" at position %3; only letters and digits are allowed.</translation>
    </message>
    <message>
        <location filename="../ui/joinrequest.cpp" line="29" />
        <source>%1 needs 32 letters or digits after %2; it has %3.</source>
        <translation>%1 needs 32 letters or digits after %2; it has %3.</translation>
    </message>
    <message>
        <location filename="../ui/joinrequest.cpp" line="55" />
        <source>Session SID</source>
        <translation>Session SID</translation>
    </message>
    <message>
        <location filename="../ui/joinrequest.cpp" line="56" />
        <source>Proctor SID</source>
        <translation>Proctor SID</translation>
    </message>
    <message>
        <location filename="../ui/joinrequest.cpp" line="57" />
        <source>Room SID</source>
        <translation>Room SID</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <location filename="../ui/models/jsontreemodel.cpp" line="322" />
        <source>{%n key(s)}</source>
        <translation><numerusform>{%n key}</numerusform><numerusform>{%n keys}</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/models/jsontreemodel.cpp" line="324" />
        <source>[%n item(s)]</source>
        <translation><numerusform>[%n item]</numerusform><numerusform>[%n items]</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/models/jsontreemodel.cpp" line="349" />
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../ui/models/jsontreemodel.cpp" line="351" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../ui/models/jsontreemodel.cpp" line="353" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
</context>
<context>
    <name>JsonTreePanel</name>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="58" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="59" />
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="68" />
        <location filename="../ui/widgets/jsontreepanel.cpp" line="184" />
        <source>%1 of 16 KiB</source>
        <translation>%1 of 16 KiB</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="70" />
        <source>Document size</source>
        <translation>Document size</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="76" />
        <source>Document tree</source>
        <translation>Document tree</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="78" />
        <source>Copy value</source>
        <translation>Copy value</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="87" />
        <source>Copy path</source>
        <translation>Copy path</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="100" />
        <location filename="../ui/widgets/jsontreepanel.cpp" line="121" />
        <source>Raw JSON</source>
        <translation>Raw JSON</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="120" />
        <source>Tree</source>
        <translation>Tree</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="181" />
        <source>No document selected</source>
        <translation>No document selected</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="182" />
        <source>%1 — revision %2</source>
        <translation>%1 — revision %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="218" />
        <source>Invalid JSON at offset %1: %2</source>
        <translation>Invalid JSON at offset %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="220" />
        <source>The document must be a JSON object.</source>
        <translation>The document must be a JSON object.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/jsontreepanel.cpp" line="222" />
        <source>The document is %1 bytes; the limit is 16 KiB (16384 bytes).</source>
        <translation>The document is %1 bytes; the limit is 16 KiB (16384 bytes).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43" />
        <source>SP Proctor Console</source>
        <translation>SP Proctor Console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58" />
        <source>Joined documents</source>
        <translation>Joined documents</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="62" />
        <source>Join…</source>
        <translation>Join…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="64" />
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69" />
        <source>&lt;b&gt;Documents&lt;/b&gt;</source>
        <translation>&lt;b&gt;Documents&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="79" />
        <source>&lt;b&gt;Action composer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Action composer&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="93" />
        <source>Event log</source>
        <translation>Event log</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="94" />
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="95" />
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="160" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="161" />
        <source>&amp;Join document…</source>
        <translation>&amp;Join document…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="163" />
        <source>&amp;Leave document</source>
        <translation>&amp;Leave document</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165" />
        <source>&amp;Export event log…</source>
        <translation>&amp;Export event log…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="170" />
        <source>&amp;Connection</source>
        <translation>&amp;Connection</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172" />
        <source>&amp;Manage profiles…</source>
        <translation>&amp;Manage profiles…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="176" />
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177" />
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181" />
        <source>Add to &amp;batch</source>
        <translation>Add to &amp;batch</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="183" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184" />
        <source>&amp;Filter event log</source>
        <translation>&amp;Filter event log</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="187" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190" />
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="192" />
        <source>&amp;Reset zoom</source>
        <translation>&amp;Reset zoom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196" />
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199" />
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200" />
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200" />
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="216" />
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="217" />
        <source>About SP Proctor Console</source>
        <translation>About SP Proctor Console</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218" />
        <source>Live view of SP sync documents, actions and queues, for proctors and QA testers.</source>
        <translation>Live view of SP sync documents, actions and queues, for proctors and QA testers.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="249" />
        <source>Embedded demo</source>
        <translation>Embedded demo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259" />
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="273" />
        <source>No saved profiles</source>
        <translation>No saved profiles</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="359" />
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="372" />
        <source>%n document(s), %1 connected</source>
        <translation><numerusform>%n document, %1 connected</numerusform><numerusform>%n documents, %1 connected</numerusform></translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="28" />
        <source>Connection profiles</source>
        <translation>Connection profiles</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="30" />
        <source>Profiles</source>
        <translation>Profiles</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="37" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="40" />
        <source>The SP token is stored in the system keychain, never in a file.</source>
        <translation>The SP token is stored in the system keychain, never in a file.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="41" />
        <source>No keychain is available: the SP token is kept for this session only.</source>
        <translation>No keychain is available: the SP token is kept for this session only.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="46" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="47" />
        <source>&amp;Base URI:</source>
        <translation>&amp;Base URI:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="48" />
        <source>Token &amp;path:</source>
        <translation>Token &amp;path:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="49" />
        <source>SP &amp;token:</source>
        <translation>SP &amp;token:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="53" />
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="54" />
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="56" />
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="57" />
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="58" />
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="59" />
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="60" />
        <source>Open a console window on this profile</source>
        <translation>Open a console window on this profile</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="97" />
        <source>Import profiles</source>
        <translation>Import profiles</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="97" />
        <location filename="../ui/widgets/profiledialog.cpp" line="111" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/profiledialog.cpp" line="106" />
        <source>Imported %n profile(s).</source>
        <translation><numerusform>Imported %n profile.</numerusform><numerusform>Imported %n profiles.</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="111" />
        <source>Export profiles</source>
        <translation>Export profiles</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="117" />
        <source>Exported without tokens.</source>
        <translation>Exported without tokens.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="119" />
        <source>Could not export: %1</source>
        <translation>Could not export: %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/profiledialog.cpp" line="167" />
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <location filename="../ui/profilestore.cpp" line="82" />
        <source>The profile needs a name.</source>
        <translation>The profile needs a name.</translation>
    </message>
    <message>
        <location filename="../ui/profilestore.cpp" line="87" />
        <source>The base URI must be an absolute https URL, such as https://api.example.com/v1.</source>
        <translation>The base URI must be an absolute https URL, such as https://api.example.com/v1.</translation>
    </message>
    <message>
        <location filename="../ui/profilestore.cpp" line="89" />
        <source>Plain http is allowed only to this machine; use https for %1.</source>
        <translation>Plain http is allowed only to this machine; use https for %1.</translation>
    </message>
    <message>
        <location filename="../ui/profilestore.cpp" line="92" />
        <source>The token path must start with /.</source>
        <translation>The token path must start with /.</translation>
    </message>
    <message>
        <location filename="../ui/profilestore.cpp" line="145" />
        <source>Not a profiles file: expected {"profiles": [...]}.</source>
        <translation>Not a profiles file: expected {"profiles": [...]}.</translation>
    </message>
    <message>
        <location filename="../ui/profilestore.cpp" line="159" />
        <source>Profile %1: %2</source>
        <translation>Profile %1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileSwitcher</name>
    <message>
        <location filename="../ui/profileswitcher.cpp" line="32" />
        <location filename="../ui/profileswitcher.cpp" line="51" />
        <source>No connection profile named "%1".</source>
        <translation>No connection profile named "%1".</translation>
    </message>
</context>
<context>
    <name>QaSimulator</name>
    <message>
        <location filename="../ui/qasimulator.cpp" line="46" />
        <source>Simulated %1 answered getDisplayCount with %2 to %3</source>
        <translation>Simulated %1 answered getDisplayCount with %2 to %3</translation>
    </message>
    <message>
        <location filename="../ui/qasimulator.cpp" line="55" />
        <source>Simulated %1 stopped the session</source>
        <translation>Simulated %1 stopped the session</translation>
    </message>
    <message>
        <location filename="../ui/qasimulator.cpp" line="56" />
        <source>Simulated %1 stopped the session and would open %2</source>
        <translation>Simulated %1 stopped the session and would open %2</translation>
    </message>
    <message>
        <location filename="../ui/qasimulator.cpp" line="59" />
        <source>Simulated %1 took %2</source>
        <translation>Simulated %1 took %2</translation>
    </message>
</context>
<context>
    <name>QaSimulatorSet</name>
    <message>
        <location filename="../ui/qasimulator.cpp" line="124" />
        <source>QA simulator on: it plays the extension and onboarding UI</source>
        <translation>QA simulator on: it plays the extension and onboarding UI</translation>
    </message>
    <message>
        <location filename="../ui/qasimulator.cpp" line="125" />
        <source>QA simulator off</source>
        <translation>QA simulator off</translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="25" />
        <source>Executor</source>
        <translation>Executor</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="29" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="30" />
        <source>Alarm when an action waits longer than</source>
        <translation>Alarm when an action waits longer than</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="38" />
        <source>Action queues</source>
        <translation>Action queues</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="41" />
        <source>Executor:</source>
        <translation>Executor:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="43" />
        <source>Alarm after:</source>
        <translation>Alarm after:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/queueview.cpp" line="112" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/queueview.cpp" line="131" />
        <source>%n pending</source>
        <translation><numerusform>%n pending</numerusform><numerusform>%n pending</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/widgets/queueview.cpp" line="133" />
        <source>%1, %n waiting too long</source>
        <translation><numerusform>%1, %n waiting too long</numerusform><numerusform>%1, %n waiting too long</numerusform></translation>
    </message>
</context>
<context>
    <name>RevisionListModel</name>
    <message numerus="yes">
        <location filename="../ui/models/revisionhistory.cpp" line="194" />
        <source>%n byte(s)</source>
        <translation><numerusform>%n byte</numerusform><numerusform>%n bytes</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/models/revisionhistory.cpp" line="216" />
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../ui/models/revisionhistory.cpp" line="218" />
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <location filename="../ui/models/revisionhistory.cpp" line="220" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
</context>
<context>
    <name>SimulatorPanel</name>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="18" />
        <source>No session document joined.</source>
        <translation>No session document joined.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="29" />
        <source>For each session switched on, the simulator consumes its extension and onboarding actions, answers getDisplayCount with the count below and acknowledges stopSession. Switch it off to watch actions wait and raise alarms.</source>
        <translation>For each session switched on, the simulator consumes its extension and onboarding actions, answers getDisplayCount with the count below and acknowledges stopSession. Switch it off to watch actions wait and raise alarms.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="45" />
        <source>Simulated sessions</source>
        <translation>Simulated sessions</translation>
    </message>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="48" />
        <source>&lt;b&gt;Play the extension and the onboarding UI for:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Play the extension and the onboarding UI for:&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="51" />
        <source>&amp;Displays to report:</source>
        <translation>&amp;Displays to report:</translation>
    </message>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="80" />
        <source>Simulate the student of %1</source>
        <translation>Simulate the student of %1</translation>
    </message>
    <message>
        <location filename="../ui/widgets/simulatorpanel.cpp" line="86" />
        <source>%1 is not connected yet; try again once it is.</source>
        <translation>%1 is not connected yet; try again once it is.</translation>
    </message>
</context>
<context>
    <name>SyncClientBackend</name>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="56" />
        <source>Cannot reach the server</source>
        <translation>Cannot reach the server</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="59" />
        <source>The token was refused</source>
        <translation>The token was refused</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="62" />
        <source>Access denied</source>
        <translation>Access denied</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="65" />
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="68" />
        <source>Conflicting write</source>
        <translation>Conflicting write</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="71" />
        <source>The document would exceed 16 KiB</source>
        <translation>The document would exceed 16 KiB</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="74" />
        <source>Too many writes; slow down</source>
        <translation>Too many writes; slow down</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="77" />
        <source>The server did not answer in time</source>
        <translation>The server did not answer in time</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="80" />
        <source>Invalid input</source>
        <translation>Invalid input</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="84" />
        <source>Server error</source>
        <translation>Server error</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="88" />
        <source>%1 (error %2): %3</source>
        <translation>%1 (error %2): %3</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="89" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="127" />
        <source>join</source>
        <translation>join</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="153" />
        <source>connection</source>
        <translation>connection</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="181" />
        <location filename="../ui/syncclientbackend.cpp" line="189" />
        <source>send</source>
        <translation>send</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="181" />
        <location filename="../ui/syncclientbackend.cpp" line="197" />
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <location filename="../ui/syncclientbackend.cpp" line="197" />
        <location filename="../ui/syncclientbackend.cpp" line="203" />
        <source>replace</source>
        <translation>replace</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/console/main.cpp" line="77" />
        <source>The demo did not finish in time.</source>
        <translation>The demo did not finish in time.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="139" />
        <source>No connection profile named "%1".</source>
        <translation>No connection profile named "%1".</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="93" />
        <source>SP token</source>
        <translation>SP token</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="94" />
        <source>SP token for %1:</source>
        <translation>SP token for %1:</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="100" />
        <source>SP Proctor Console — embedded demo</source>
        <translation>SP Proctor Console — embedded demo</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="101" />
        <source>SP Proctor Console — %1</source>
        <translation>SP Proctor Console — %1</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="199" />
        <source>SP Proctor Console</source>
        <translation>SP Proctor Console</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="203" />
        <source>Play the demo scenario in the terminal and exit.</source>
        <translation>Play the demo scenario in the terminal and exit.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="205" />
        <source>Seconds the headless demo may take (default 30).</source>
        <translation>Seconds the headless demo may take (default 30).</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="208" />
        <source>Connect with a saved connection profile instead of the embedded demo.</source>
        <translation>Connect with a saved connection profile instead of the embedded demo.</translation>
    </message>
    <message>
        <location filename="../app/console/main.cpp" line="168" />
        <location filename="../app/console/main.cpp" line="240" />
        <source>QA simulator</source>
        <translation>QA simulator</translation>
    </message>
</context>
</TS>