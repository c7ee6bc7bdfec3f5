// Turns SIGTERM/SIGINT into a clean QCoreApplication::quit() (self-pipe, async-signal-safe).
#pragma once

namespace SpEmu {
void quitOnTerminationSignals();
}
