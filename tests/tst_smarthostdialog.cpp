#include "support/ModelTestSupport.h"
#include "SmartHostDialog.h"

#include <QAccessible>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using Exchange::Version;
using Kind = SmartHost::Kind;
using ModelTestSupport::fqdnHost;
using ModelTestSupport::ipHost;

// Drives the Add Smart Host dialog: IP Address or FQDN, only the chosen input enabled, live
// validation with the model's parser, duplicates refused.
class tst_SmartHostDialog : public QObject
{
    Q_OBJECT

private slots:
    void entries_data();
    void entries();
    void onlyChosenInputEnabled();
    void freshDialogDoesNotComplain();
    void duplicateRefused();
    void editPrefills();
    void keyboard();
    void examplesNotClipped();
    void mnemonicOfTheChosenChoiceKeepsItsField_data();
    void mnemonicOfTheChosenChoiceKeepsItsField();
    void valueSetThroughAccessibilityCounts_data();
    void valueSetThroughAccessibilityCounts();
};

namespace {

struct Controls
{
    QRadioButton *ipRadio = nullptr;
    QLineEdit *ipEdit = nullptr;
    QRadioButton *fqdnRadio = nullptr;
    QLineEdit *fqdnEdit = nullptr;
    QLabel *problem = nullptr;
    QPushButton *ok = nullptr;
};

Controls controlsOf(const SmartHostDialog &dialog)
{
    Controls c;
    c.ipRadio = dialog.findChild<QRadioButton *>(QStringLiteral("ipAddressRadio"));
    c.ipEdit = dialog.findChild<QLineEdit *>(QStringLiteral("ipAddressEdit"));
    c.fqdnRadio = dialog.findChild<QRadioButton *>(QStringLiteral("fqdnRadio"));
    c.fqdnEdit = dialog.findChild<QLineEdit *>(QStringLiteral("fqdnEdit"));
    c.problem = dialog.findChild<QLabel *>(QStringLiteral("smartHostProblemLabel"));
    c.ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    return c;
}

} // namespace

void tst_SmartHostDialog::entries_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");        // empty: invalid
    QTest::addColumn<QString>("problemContains"); // for invalid rows

    const Version sp1 = Version::Sp12007;
    const Version rtm = Version::Rtm2007;
    QTest::newRow("seed ip") << sp1 << Kind::IpAddress << "192.168.1.20" << "192.168.1.20" << QString();
    QTest::newRow("bracketed ip") << sp1 << Kind::IpAddress << "[10.0.0.1]" << "10.0.0.1" << QString();
    QTest::newRow("ipv6 SP1") << sp1 << Kind::IpAddress << "2001:DB8::1" << "2001:db8::1" << QString();
    QTest::newRow("ipv6 RTM") << rtm << Kind::IpAddress << "2001:db8::1" << QString() << "2007 SP1";
    QTest::newRow("short ipv4") << sp1 << Kind::IpAddress << "127.1" << QString() << "127.1";
    QTest::newRow("octal ipv4") << sp1 << Kind::IpAddress << "010.0.0.1" << QString() << "010.0.0.1";
    QTest::newRow("unspecified") << sp1 << Kind::IpAddress << "0.0.0.0" << QString() << "0.0.0.0";
    QTest::newRow("port") << sp1 << Kind::IpAddress << "10.0.0.1:25" << QString() << "port";
    QTest::newRow("name as ip") << sp1 << Kind::IpAddress << "relay.contoso.com" << QString()
                                << "is a host name, not an IP address";
    QTest::newRow("fqdn") << sp1 << Kind::Fqdn << "Relay.Contoso.com" << "relay.contoso.com" << QString();
    QTest::newRow("single label") << sp1 << Kind::Fqdn << "relay" << QString() << "relay";
    QTest::newRow("ip as fqdn") << sp1 << Kind::Fqdn << "192.168.1.20" << QString()
                                << "is an IP address, not a fully qualified domain name";
    QTest::newRow("bracketed name") << sp1 << Kind::Fqdn << "[relay.contoso.com]" << QString() << "[relay.contoso.com]";
}

void tst_SmartHostDialog::entries()
{
    QFETCH(Version, version);
    QFETCH(Kind, kind);
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QFETCH(QString, problemContains);

    SmartHostDialog dialog(version);
    const Controls c = controlsOf(dialog);
    QLineEdit *edit = c.ipEdit;
    if (kind == Kind::Fqdn) {
        QTest::mouseClick(c.fqdnRadio, Qt::LeftButton);
        edit = c.fqdnEdit;
    }
    QTest::keyClicks(edit, typed);

    QCOMPARE(c.ok->isEnabled(), !expected.isEmpty());
    if (expected.isEmpty()) {
        QVERIFY(!dialog.smartHost());
        QVERIFY2(c.problem->text().contains(problemContains), qPrintable(c.problem->text()));
    } else {
        QCOMPARE(*dialog.smartHost(), (SmartHost{kind, expected}));
        QCOMPARE(c.problem->text(), QString());
    }
}

void tst_SmartHostDialog::onlyChosenInputEnabled()
{
    SmartHostDialog dialog(Version::Sp12007);
    const Controls c = controlsOf(dialog);
    QVERIFY(c.ipRadio->isChecked());
    QVERIFY(c.ipEdit->isEnabled());
    QVERIFY(!c.fqdnEdit->isEnabled());

    QTest::keyClicks(c.ipEdit, QStringLiteral("10.0.0.1"));
    QVERIFY(c.ok->isEnabled());

    // Switching to FQDN judges the FQDN field, which is empty.
    QTest::mouseClick(c.fqdnRadio, Qt::LeftButton);
    QVERIFY(!c.ipEdit->isEnabled());
    QVERIFY(c.fqdnEdit->isEnabled());
    QVERIFY(!c.ok->isEnabled());
    QTest::keyClicks(c.fqdnEdit, QStringLiteral("mail.fabrikam.com"));
    QCOMPARE(*dialog.smartHost(), fqdnHost(QStringLiteral("mail.fabrikam.com")));

    QTest::mouseClick(c.ipRadio, Qt::LeftButton);
    QCOMPARE(*dialog.smartHost(), ipHost(QStringLiteral("10.0.0.1")));
}

void tst_SmartHostDialog::freshDialogDoesNotComplain()
{
    SmartHostDialog dialog(Version::Sp12007);
    const Controls c = controlsOf(dialog);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Add Smart Host"));
    QVERIFY(!c.ok->isEnabled());
    QCOMPARE(c.problem->text(), QString());
    QTest::keyClicks(c.ipEdit, QStringLiteral("1"));
    QVERIFY(!c.problem->text().isEmpty());
}

void tst_SmartHostDialog::duplicateRefused()
{
    SmartHostDialog dialog(Version::Sp12007);
    dialog.setOtherSmartHosts({fqdnHost(QStringLiteral("relay.contoso.com"))});
    const Controls c = controlsOf(dialog);
    QTest::mouseClick(c.fqdnRadio, Qt::LeftButton);
    QTest::keyClicks(c.fqdnEdit, QStringLiteral("RELAY.contoso.com"));
    QVERIFY(!c.ok->isEnabled());
    QVERIFY(!dialog.smartHost());
    QVERIFY2(c.problem->text().contains(QStringLiteral("relay.contoso.com is already in the list")),
             qPrintable(c.problem->text()));
    QTest::keyClick(c.fqdnEdit, Qt::Key_Backspace);
    QTest::keyClicks(c.fqdnEdit, QStringLiteral("net"));
    QVERIFY(c.ok->isEnabled());
}

void tst_SmartHostDialog::editPrefills()
{
    SmartHostDialog dialog(Version::Sp12007);
    dialog.setSmartHost(fqdnHost(QStringLiteral("relay.contoso.com")));
    const Controls c = controlsOf(dialog);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Edit Smart Host"));
    QVERIFY(c.fqdnRadio->isChecked());
    QVERIFY(c.fqdnEdit->isEnabled());
    QCOMPARE(c.fqdnEdit->text(), QStringLiteral("relay.contoso.com"));
    QVERIFY(c.ok->isEnabled());
    QCOMPARE(*dialog.smartHost(), fqdnHost(QStringLiteral("relay.contoso.com")));
}

void tst_SmartHostDialog::keyboard()
{
    SmartHostDialog dialog(Version::Sp12007);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const Controls c = controlsOf(dialog);

    // The FQDN choice by its mnemonic puts the cursor in its field.
    QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
    QTRY_VERIFY(c.fqdnRadio->isChecked());
    QTRY_COMPARE(QApplication::focusWidget(), c.fqdnEdit);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("smtp.fabrikam.com"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(*dialog.smartHost(), fqdnHost(QStringLiteral("smtp.fabrikam.com")));
}

void tst_SmartHostDialog::examplesNotClipped()
{
    // At its default size the dialog shows each field's example in full (the IPv6 form was cut off).
    SmartHostDialog dialog(Version::Sp12007);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Controls c = controlsOf(dialog);
    for (QLineEdit *edit : {c.ipEdit, c.fqdnEdit}) {
        QVERIFY(edit->placeholderText().contains(QLatin1String("for example")));
        const int needed = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
        // The text area is the field less its frame and text margins (a few pixels each side).
        QVERIFY2(edit->width() - 2 * edit->fontMetrics().averageCharWidth() >= needed,
                 qPrintable(QStringLiteral("%1: %2 px wide, example needs %3 px")
                                .arg(edit->objectName())
                                .arg(edit->width())
                                .arg(needed)));
    }
}

void tst_SmartHostDialog::mnemonicOfTheChosenChoiceKeepsItsField_data()
{
    QTest::addColumn<bool>("startWithFqdn");
    QTest::addColumn<Qt::Key>("mnemonic");
    QTest::addColumn<bool>("fqdnChosen");
    QTest::addColumn<QString>("typed");

    QTest::newRow("IP chosen, Alt+I") << false << Qt::Key_I << false << QStringLiteral("10.0.0.7");
    QTest::newRow("FQDN chosen, Alt+D") << true << Qt::Key_D << true << QStringLiteral("relay.contoso.com");
    QTest::newRow("IP chosen, Alt+D") << false << Qt::Key_D << true << QStringLiteral("relay.contoso.com");
    QTest::newRow("FQDN chosen, Alt+I") << true << Qt::Key_I << false << QStringLiteral("10.0.0.7");
}

void tst_SmartHostDialog::mnemonicOfTheChosenChoiceKeepsItsField()
{
    QFETCH(bool, startWithFqdn);
    QFETCH(Qt::Key, mnemonic);
    QFETCH(bool, fqdnChosen);
    QFETCH(QString, typed);

    SmartHostDialog dialog(Version::Sp12007);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const Controls c = controlsOf(dialog);
    if (startWithFqdn) {
        QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(c.fqdnRadio->isChecked());
    }
    QLineEdit *field = fqdnChosen ? c.fqdnEdit : c.ipEdit;
    QRadioButton *radio = fqdnChosen ? c.fqdnRadio : c.ipRadio;
    QTRY_VERIFY(!c.ipRadio->isDown() && !c.fqdnRadio->isDown());

    QTest::keyClick(&dialog, mnemonic, Qt::AltModifier);
    QTRY_VERIFY(radio->isChecked());
    // Once the (animated) click is over the cursor is in the field, not on the radio button.
    QTRY_VERIFY(!radio->isDown());
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(field));
    QTest::keyClicks(QApplication::focusWidget(), typed);
    QCOMPARE(field->text(), typed);
    QVERIFY(c.ok->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.smartHost()->host, typed);
}

void tst_SmartHostDialog::valueSetThroughAccessibilityCounts_data()
{
    QTest::addColumn<bool>("replace"); // replaceText() (AT-SPI setTextContents), else setText(Value)
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");

    QTest::newRow("setText, valid") << false << QStringLiteral("192.168.1.20") << true;
    QTest::newRow("setText, invalid") << false << QStringLiteral("127.1") << false;
    QTest::newRow("replaceText, valid") << true << QStringLiteral("192.168.1.20") << true;
    QTest::newRow("replaceText, invalid") << true << QStringLiteral("127.1") << false;
}

void tst_SmartHostDialog::valueSetThroughAccessibilityCounts()
{
    QFETCH(bool, replace);
    QFETCH(QString, text);
    QFETCH(bool, valid);

    SmartHostDialog dialog(Version::Sp12007);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Controls c = controlsOf(dialog);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(c.ipEdit);
    QVERIFY(accessible && accessible->editableTextInterface());
    QCOMPARE(accessible->text(QAccessible::Name), QStringLiteral("IP Address"));
    if (replace)
        accessible->editableTextInterface()->replaceText(0, accessible->textInterface()->characterCount(), text);
    else
        accessible->setText(QAccessible::Value, text);

    QCOMPARE(c.ipEdit->text(), text);
    QCOMPARE(c.ok->isEnabled(), valid);
    QCOMPARE(c.problem->isHidden(), valid);
    if (valid) {
        QTest::mouseClick(c.ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(*dialog.smartHost(), ipHost(text));
    }
}

QTEST_MAIN(tst_SmartHostDialog)
#include "tst_smarthostdialog.moc"
