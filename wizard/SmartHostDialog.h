#pragma once

#include "ExchangeTypes.h"
#include "SmartHost.h"

#include <QDialog>
#include <QList>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

// The Add Smart Host / Edit Smart Host dialog: an IP address or a fully qualified domain name,
// checked as the user types (SmartHostParser::parseAs); OK stays disabled while the entry is
// invalid or already in the list (setOtherSmartHosts()).
class SmartHostDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SmartHostDialog(Exchange::Version version, QWidget *parent = nullptr);

    // Prefills the dialog to edit `host` ("Edit Smart Host").
    void setSmartHost(const SmartHost &host);
    void setOtherSmartHosts(const QList<SmartHost> &others);

    // The normalised smart host, when the entry is valid.
    std::optional<SmartHost> smartHost() const { return m_result; }

private:
    SmartHost::Kind kind() const;
    QLineEdit *currentEdit() const;
    void updateInputs();
    void validate();

    Exchange::Version m_version;
    bool m_edited = false;
    QList<SmartHost> m_others;
    std::optional<SmartHost> m_result;

    QRadioButton *m_ipAddressRadio = nullptr;
    QLineEdit *m_ipAddressEdit = nullptr;
    QRadioButton *m_fqdnRadio = nullptr;
    QLineEdit *m_fqdnEdit = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
