// The action round trip, proctor -> extension -> proctor, measured with our SyncClient in both
// roles (runCpp) and with the official JS client in both roles (runJs, via actionrtt.js), on
// the same emulator.
#pragma once

#include "interoprig.h"

#include <QList>
#include <QString>

struct RttResult
{
    QList<double> samplesMs; // sorted
    QString error; // empty when the run completed
    double percentile(double p) const;
};

// Ours: the proctor adds extension.getDisplayCount {respondTo: proctor}; the extension,
// consuming extensionActionsAdded, answers proctor.getDisplayCount {displayCount}; the trip ends
// when the proctor's proctorActionsAdded delivers the answer.
RttResult runCpp(const InteropRig &rig, int n, int warmup);
// The same with tests/bench/actionrtt/actionrtt.js (node), which prints its own percentiles;
// returns its JSON line.
QJsonObject runJs(const InteropRig &rig, int n, int warmup, QString *error);
