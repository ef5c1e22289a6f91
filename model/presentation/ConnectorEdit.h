#pragma once

#include "ConnectorParameter.h"
#include "SendConnector.h"

#include <QList>

// Re-applying an administrator's edits of a connector onto the connector as another program left
// it (docs/wizard.md, the Properties sheet): only the settings the administrator changed from the
// value the sheet loaded are carried over; everything else keeps the current value.
class ConnectorEdit
{
public:
    // The settings the administrator changed: where `edited` differs from `loaded`.
    static QList<ConnectorParameter> changedSettings(const SendConnector &loaded, const SendConnector &edited);
    // `current` with every setting of changedSettings(loaded, edited) taken from `edited`.
    // Smart host authentication moves with its credential (one choice on the sheet).
    static SendConnector reapply(const SendConnector &loaded, const SendConnector &edited,
                                 const SendConnector &current);
    // Copies one setting from `from` to `to`; parameters that are no connector setting are ignored.
    static void copySetting(ConnectorParameter parameter, const SendConnector &from, SendConnector &to);
};
