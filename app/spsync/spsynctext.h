// The translation context of spsync's user-visible strings ("spsync").
#pragma once

#include <QCoreApplication>

namespace SpSyncCli {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(spsync)
};

} // namespace SpSyncCli
