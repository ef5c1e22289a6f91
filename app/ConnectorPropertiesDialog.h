#pragma once

#include "ExchangeTypes.h"
#include "SendConnector.h"

#include <QDialog>

class QPlainTextEdit;
class QTextBrowser;

// The read-only Properties of a Send connector: every property, grouped as the wizard's pages
// are, and the Exchange Management Shell command that would create it again, copyable.
class ConnectorPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    // `edgeServer` empty: the organization's connector (Hub side); otherwise that Edge's own.
    ConnectorPropertiesDialog(const SendConnector &connector, Exchange::Version version, const QString &edgeServer,
                              QWidget *parent = nullptr);

    QString propertiesText() const { return m_plainText; }
    QString commandLine() const;

private:
    QTextBrowser *m_propertiesView;
    QPlainTextEdit *m_commandEdit;
    QString m_plainText;
};
