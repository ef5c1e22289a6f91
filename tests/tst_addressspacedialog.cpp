#include "support/ModelTestSupport.h"
#include "AddressSpaceDialog.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using Exchange::Version;
using Kind = AddressSpaceDialog::Kind;

// Drives the SMTP and Custom Address Space dialogs with the keyboard and the mouse, as
// docs/wizard.md#the-address-space-dialogs describes them: live validation, the wildcard lock
// of Include all subdomains, the cost range.
class tst_AddressSpaceDialog : public QObject
{
    Q_OBJECT

private slots:
    void smtpEntries_data();
    void smtpEntries();
    void freshDialogDoesNotComplain();
    void wildcardLocksIncludeSubdomains();
    void wildcardRestoresUserChoice();
    void cost();
    void rtmHasNoCost();
    void customEntries_data();
    void customEntries();
    void duplicateRefused();
    void editPrefills_data();
    void editPrefills();
    void titles_data();
    void titles();
    void enterAccepts();
    void mnemonics();
    void costTypedIsJudged_data();
    void costTypedIsJudged();
    void rtmFieldIsDomain_data();
    void rtmFieldIsDomain();
    void addressSetThroughAccessibilityCounts();
};

namespace {

struct Controls
{
    QLineEdit *type = nullptr;
    QLineEdit *address = nullptr;
    QCheckBox *includeSubdomains = nullptr;
    QSpinBox *cost = nullptr;
    QLabel *problem = nullptr;
    QPushButton *ok = nullptr;
};

Controls controlsOf(const AddressSpaceDialog &dialog)
{
    Controls c;
    c.type = dialog.findChild<QLineEdit *>(QStringLiteral("typeEdit"));
    c.address = dialog.findChild<QLineEdit *>(QStringLiteral("addressEdit"));
    c.includeSubdomains = dialog.findChild<QCheckBox *>(QStringLiteral("includeSubdomainsCheck"));
    c.cost = dialog.findChild<QSpinBox *>(QStringLiteral("costSpin"));
    c.problem = dialog.findChild<QLabel *>(QStringLiteral("addressProblemLabel"));
    c.ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    return c;
}

using ModelTestSupport::space;

const QString smtp = QStringLiteral("SMTP");

// QTest::keyClicks() maps ASCII only; other characters arrive as a paste would.
void typeInto(QLineEdit *edit, const QString &text)
{
    bool ascii = true;
    for (const QChar c : text)
        ascii = ascii && c.unicode() < 0x80;
    if (ascii)
        QTest::keyClicks(edit, text);
    else
        edit->insert(text);
}

} // namespace

void tst_AddressSpaceDialog::smtpEntries_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("clickIncludeSubdomains");
    QTest::addColumn<QString>("expected");       // empty: invalid
    QTest::addColumn<QString>("problemContains"); // for invalid rows

    // The examples of docs/domain-rules.md#smtp-addresses.
    QTest::newRow("domain") << "contoso.com" << false << "contoso.com" << QString();
    QTest::newRow("include subdomains") << "contoso.com" << true << "*.contoso.com" << QString();
    QTest::newRow("star") << "*" << false << "*" << QString();
    QTest::newRow("star dot com") << "*.com" << false << "*.com" << QString();
    QTest::newRow("star dot domain") << "*.contoso.com" << false << "*.contoso.com" << QString();
    QTest::newRow("star without dot") << "*contoso.com" << false << QString()
                                      << "enter \"*.contoso.com\" for contoso.com and all its subdomains";
    QTest::newRow("star inside") << "a.*.com" << false << QString() << "'*' is not allowed there";
    QTest::newRow("star at end") << "contoso.*" << false << QString() << "'*' is not allowed there";
    // Normalised as the shell would.
    QTest::newRow("upper case") << "Contoso.COM" << false << "contoso.com" << QString();
    QTest::newRow("blanks trimmed") << "  contoso.com " << false << "contoso.com" << QString();
    QTest::newRow("idn to ace") << QStringLiteral("b\u00fccher.de") << true << "*.xn--bcher-kva.de" << QString();
    QTest::newRow("underscore") << "bad_name.com" << false << QString() << "\"bad_name.com\" is not a valid SMTP";
    QTest::newRow("hyphen edge") << "-contoso.com" << false << QString() << "is not a valid SMTP address space";
    QTest::newRow("empty label") << "contoso..com" << false << QString() << "is not a valid SMTP address space";
}

void tst_AddressSpaceDialog::smtpEntries()
{
    QFETCH(QString, typed);
    QFETCH(bool, clickIncludeSubdomains);
    QFETCH(QString, expected);
    QFETCH(QString, problemContains);

    AddressSpaceDialog dialog(Kind::Smtp, Version::Sp12007);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Controls c = controlsOf(dialog);
    QVERIFY(!c.type);

    typeInto(c.address, typed);
    if (clickIncludeSubdomains)
        QTest::mouseClick(c.includeSubdomains, Qt::LeftButton);

    QCOMPARE(c.ok->isEnabled(), !expected.isEmpty());
    if (expected.isEmpty()) {
        QVERIFY(!dialog.addressSpace().has_value());
        QVERIFY2(c.problem->text().contains(problemContains), qPrintable(c.problem->text()));
        QVERIFY(c.problem->isVisible());
    } else {
        QVERIFY(dialog.addressSpace().has_value());
        QCOMPARE(*dialog.addressSpace(), space(smtp, expected));
        QCOMPARE(c.problem->text(), QString());
        QVERIFY(!c.problem->isVisible());
    }
}

void tst_AddressSpaceDialog::freshDialogDoesNotComplain()
{
    AddressSpaceDialog dialog(Kind::Smtp, Version::Sp12007);
    const Controls c = controlsOf(dialog);
    QVERIFY(!c.ok->isEnabled());
    QCOMPARE(c.problem->text(), QString());

    // Once typed and erased, the empty address is explained.
    QTest::keyClicks(c.address, QStringLiteral("a"));
    QTest::keyClick(c.address, Qt::Key_Backspace);
    QVERIFY(!c.ok->isEnabled());
    QVERIFY(c.problem->text().startsWith(QStringLiteral("The address is empty.")));
}

void tst_AddressSpaceDialog::wildcardLocksIncludeSubdomains()
{
    AddressSpaceDialog dialog(Kind::Smtp, Version::Sp12007);
    const Controls c = controlsOf(dialog);
    QVERIFY(c.includeSubdomains->isEnabled());
    QVERIFY(!c.includeSubdomains->isChecked());

    QTest::keyClicks(c.address, QStringLiteral("*"));
    QVERIFY(c.includeSubdomains->isChecked());
    QVERIFY(!c.includeSubdomains->isEnabled());
    // A locked box cannot be cleared by a click.
    QTest::mouseClick(c.includeSubdomains, Qt::LeftButton);
    QVERIFY(c.includeSubdomains->isChecked());

    QTest::keyClicks(c.address, QStringLiteral(".contoso.com"));
    QVERIFY(!c.includeSubdomains->isEnabled());
    QCOMPARE(dialog.addressSpace()->address, QStringLiteral("*.contoso.com"));

    // Removing the wildcard releases the box, back to the user's own (unchecked) choice.
    c.address->selectAll();
    QTest::keyClicks(c.address, QStringLiteral("contoso.com"));
    QVERIFY(c.includeSubdomains->isEnabled());
    QVERIFY(!c.includeSubdomains->isChecked());
    QCOMPARE(dialog.addressSpace()->address, QStringLiteral("contoso.com"));
}

void tst_AddressSpaceDialog::wildcardRestoresUserChoice()
{
    AddressSpaceDialog dialog(Kind::Smtp, Version::Sp12007);
    const Controls c = controlsOf(dialog);
    QTest::keyClicks(c.address, QStringLiteral("contoso.com"));
    QTest::mouseClick(c.includeSubdomains, Qt::LeftButton);
    QCOMPARE(dialog.addressSpace()->address, QStringLiteral("*.contoso.com"));

    c.address->home(false);
    QTest::keyClicks(c.address, QStringLiteral("*"));
    QVERIFY(!c.includeSubdomains->isEnabled());
    QVERIFY(!c.ok->isEnabled()); // "*contoso.com"

    QTest::keyClick(c.address, Qt::Key_Home);
    QTest::keyClick(c.address, Qt::Key_Delete);
    QVERIFY(c.includeSubdomains->isEnabled());
    QVERIFY(c.includeSubdomains->isChecked());
    QCOMPARE(dialog.addressSpace()->address, QStringLiteral("*.contoso.com"));
}

void tst_AddressSpaceDialog::cost()
{
    AddressSpaceDialog dialog(Kind::Smtp, Version::Sp12007);
    const Controls c = controlsOf(dialog);
    QVERIFY(c.cost);
    QCOMPARE(c.cost->value(), 1);

    QTest::keyClicks(c.address, QStringLiteral("contoso.com"));
    QCOMPARE(dialog.addressSpace()->cost, 1);

    // Typed costs are judged, never clamped (costTypedIsJudged); the arrows stay within 1-100.
    c.cost->setValue(100);
    QTest::keyClick(c.cost, Qt::Key_Up);
    QCOMPARE(c.cost->value(), 100);
    QCOMPARE(dialog.addressSpace()->cost, 100);

    c.cost->setValue(1);
    QTest::keyClick(c.cost, Qt::Key_Down);
    QCOMPARE(dialog.addressSpace()->cost, 1);
}

void tst_AddressSpaceDialog::rtmHasNoCost()
{
    AddressSpaceDialog dialog(Kind::Smtp, Version::Rtm2007);
    const Controls c = controlsOf(dialog);
    QVERIFY(!c.cost);
    QVERIFY(c.includeSubdomains);
    QTest::keyClicks(c.address, QStringLiteral("fabrikam.com"));
    QTest::mouseClick(c.includeSubdomains, Qt::LeftButton);
    QCOMPARE(*dialog.addressSpace(), space(smtp, QStringLiteral("*.fabrikam.com")));
}

void tst_AddressSpaceDialog::customEntries_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("cost");
    QTest::addColumn<AddressSpace>("expected"); // empty address: invalid
    QTest::addColumn<QString>("problemContains");

    const AddressSpace invalid = space(QString(), QString());
    QTest::newRow("X400 seed") << "X400" << "o=MySite;p=MyOrg;a=adatum;c=us" << 3
                               << space(QStringLiteral("X400"), QStringLiteral("o=MySite;p=MyOrg;a=adatum;c=us"), 3)
                               << QString();
    QTest::newRow("x400 type normalised") << "x400" << "c=us;a= ;p=MyOrg" << 1
                                          << space(QStringLiteral("X400"), QStringLiteral("c=us;a= ;p=MyOrg"))
                                          << QString();
    QTest::newRow("X400 missing =") << "X400" << "o=MySite;p" << 1 << invalid << "has no '='";
    QTest::newRow("X400 unknown key") << "X400" << "zz=1" << 1 << invalid << "is not known";
    QTest::newRow("free text type") << "FAX" << "any text; at all" << 7
                                    << space(QStringLiteral("FAX"), QStringLiteral("any text; at all"), 7) << QString();
    QTest::newRow("SMTP type checked") << "smtp" << "*contoso.com" << 1 << invalid << "must be followed by a dot";
    QTest::newRow("SMTP type valid") << "SMTP" << "*.contoso.com" << 2
                                     << space(smtp, QStringLiteral("*.contoso.com"), 2) << QString();
    QTest::newRow("bad type") << "F@X" << "x" << 1 << invalid << "contains '@'";
    QTest::newRow("no type") << "" << "x" << 1 << invalid << "The address space type is empty.";
    QTest::newRow("no address") << "FAX" << "" << 1 << invalid << "The address is empty.";
}

void tst_AddressSpaceDialog::customEntries()
{
    QFETCH(QString, type);
    QFETCH(QString, address);
    QFETCH(int, cost);
    QFETCH(AddressSpace, expected);
    QFETCH(QString, problemContains);

    AddressSpaceDialog dialog(Kind::Custom, Version::Sp12007);
    const Controls c = controlsOf(dialog);
    QVERIFY(c.type);
    QVERIFY(!c.includeSubdomains);
    QTest::keyClicks(c.type, type);
    QTest::keyClicks(c.address, address);
    c.cost->setValue(cost);

    QCOMPARE(c.ok->isEnabled(), !expected.address.isEmpty());
    if (expected.address.isEmpty()) {
        QVERIFY(!dialog.addressSpace());
        QVERIFY2(c.problem->text().contains(problemContains), qPrintable(c.problem->text()));
    } else {
        QCOMPARE(*dialog.addressSpace(), expected);
        QCOMPARE(c.problem->text(), QString());
    }
}

void tst_AddressSpaceDialog::duplicateRefused()
{
    AddressSpaceDialog dialog(Kind::Smtp, Version::Sp12007);
    dialog.setOtherAddressSpaces({space(smtp, QStringLiteral("*.contoso.com"), 5)});
    const Controls c = controlsOf(dialog);

    QTest::keyClicks(c.address, QStringLiteral("CONTOSO.com"));
    QVERIFY(c.ok->isEnabled());
    QTest::mouseClick(c.includeSubdomains, Qt::LeftButton);
    QVERIFY(!c.ok->isEnabled());
    QVERIFY(!dialog.addressSpace());
    QVERIFY2(c.problem->text().contains(QStringLiteral("SMTP:*.contoso.com is already in the list")),
             qPrintable(c.problem->text()));

    QTest::mouseClick(c.includeSubdomains, Qt::LeftButton);
    QVERIFY(c.ok->isEnabled());
    QCOMPARE(dialog.addressSpace()->address, QStringLiteral("contoso.com"));
}

void tst_AddressSpaceDialog::editPrefills_data()
{
    QTest::addColumn<AddressSpace>("original");
    QTest::addColumn<QString>("shownAddress");
    QTest::addColumn<bool>("checked");
    QTest::addColumn<bool>("locked");

    QTest::newRow("subdomains") << space(smtp, QStringLiteral("*.contoso.com"), 5) << "contoso.com" << true << false;
    QTest::newRow("domain") << space(smtp, QStringLiteral("contoso.com"), 8) << "contoso.com" << false << false;
    QTest::newRow("star") << space(smtp, QStringLiteral("*"), 100) << "*" << true << true;
}

void tst_AddressSpaceDialog::editPrefills()
{
    QFETCH(AddressSpace, original);
    QFETCH(QString, shownAddress);
    QFETCH(bool, checked);
    QFETCH(bool, locked);

    AddressSpaceDialog dialog(AddressSpaceDialog::kindFor(original), Version::Sp12007);
    dialog.setAddressSpace(original);
    const Controls c = controlsOf(dialog);
    QCOMPARE(c.address->text(), shownAddress);
    QCOMPARE(c.includeSubdomains->isChecked(), checked);
    QCOMPARE(c.includeSubdomains->isEnabled(), !locked);
    QCOMPARE(c.cost->value(), original.cost);
    QVERIFY(c.ok->isEnabled());
    QCOMPARE(*dialog.addressSpace(), original);

    // Changing only the cost keeps the address.
    c.cost->setValue(42);
    original.cost = 42;
    QCOMPARE(*dialog.addressSpace(), original);
}

void tst_AddressSpaceDialog::titles_data()
{
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Version>("version");
    QTest::addColumn<bool>("edit");
    QTest::addColumn<QString>("title");

    QTest::newRow("SP1 SMTP") << Kind::Smtp << Version::Sp12007 << false << "SMTP Address Space";
    QTest::newRow("SP1 SMTP edit") << Kind::Smtp << Version::Sp12007 << true << "SMTP Address Space";
    QTest::newRow("SP1 custom") << Kind::Custom << Version::Sp12007 << false << "Custom Address Space";
    QTest::newRow("RTM add") << Kind::Smtp << Version::Rtm2007 << false << "Add Address Space";
    QTest::newRow("RTM edit") << Kind::Smtp << Version::Rtm2007 << true << "Edit Address Space";
}

void tst_AddressSpaceDialog::titles()
{
    QFETCH(Kind, kind);
    QFETCH(Version, version);
    QFETCH(bool, edit);
    QFETCH(QString, title);

    AddressSpaceDialog dialog(kind, version);
    if (edit)
        dialog.setAddressSpace(space(smtp, QStringLiteral("contoso.com")));
    QCOMPARE(dialog.windowTitle(), title);
}

void tst_AddressSpaceDialog::enterAccepts()
{
    AddressSpaceDialog dialog(Kind::Smtp, Version::Sp12007);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Controls c = controlsOf(dialog);

    QTest::keyClicks(c.address, QStringLiteral("*contoso.com"));
    QTest::keyClick(c.address, Qt::Key_Return);
    QVERIFY(dialog.isVisible()); // invalid: Enter does nothing

    QTest::keyClick(c.address, Qt::Key_Home);
    QTest::keyClick(c.address, Qt::Key_Right);
    QTest::keyClicks(c.address, QStringLiteral("."));
    QTest::keyClick(c.address, Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.addressSpace()->address, QStringLiteral("*.contoso.com"));
}

void tst_AddressSpaceDialog::mnemonics()
{
    AddressSpaceDialog dialog(Kind::Custom, Version::Sp12007);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const Controls c = controlsOf(dialog);

    QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), c.address);
    QTest::keyClick(&dialog, Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), c.cost);
    QTest::keyClick(&dialog, Qt::Key_T, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), c.type);

    // Tab order follows the form: Type, Address, Cost.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), c.address);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), c.cost);
}

void tst_AddressSpaceDialog::costTypedIsJudged_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("expectedCost"); // 0: refused
    QTest::addColumn<QString>("problemContains");

    QTest::newRow("0") << "0" << 0 << "The address space cost 0 is not allowed";
    QTest::newRow("101") << "101" << 0 << "The address space cost 101 is not allowed";
    QTest::newRow("150") << "150" << 0 << "The address space cost 150 is not allowed";
    QTest::newRow("1") << "1" << 1 << QString();
    QTest::newRow("100") << "100" << 100 << QString();
}

void tst_AddressSpaceDialog::costTypedIsJudged()
{
    QFETCH(QString, typed);
    QFETCH(int, expectedCost);
    QFETCH(QString, problemContains);

    AddressSpaceDialog dialog(Kind::Smtp, Version::Sp12007);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const Controls c = controlsOf(dialog);
    QTest::keyClicks(c.address, QStringLiteral("contoso.com"));
    QTest::keyClick(&dialog, Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(c.cost));
    c.cost->selectAll();
    QTest::keyClicks(c.cost, typed);

    // What was typed stays in the field: never a silent 1 (or 10 for "101").
    QCOMPARE(c.cost->text(), typed);
    QCOMPARE(c.ok->isEnabled(), expectedCost != 0);
    QCOMPARE(c.problem->isHidden(), expectedCost != 0);
    if (expectedCost == 0) {
        QVERIFY2(c.problem->text().contains(problemContains), qPrintable(c.problem->text()));
        QVERIFY(!dialog.addressSpace());
        // Enter does not accept it either.
        QTest::keyClick(c.cost, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(c.cost->text(), typed);
    } else {
        QCOMPARE(dialog.addressSpace()->cost, expectedCost);
        QTest::keyClick(c.cost, Qt::Key_Return);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
}

void tst_AddressSpaceDialog::rtmFieldIsDomain_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("label");

    QTest::newRow("RTM") << Version::Rtm2007 << Kind::Smtp << "&Domain:";
    QTest::newRow("SP1 SMTP") << Version::Sp12007 << Kind::Smtp << "&Address:";
    QTest::newRow("SP1 custom") << Version::Sp12007 << Kind::Custom << "&Address:";
}

void tst_AddressSpaceDialog::rtmFieldIsDomain()
{
    QFETCH(Version, version);
    QFETCH(Kind, kind);
    QFETCH(QString, label);

    AddressSpaceDialog dialog(kind, version);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    const Controls c = controlsOf(dialog);
    auto *form = dialog.findChild<QFormLayout *>();
    QVERIFY(form);
    auto *fieldLabel = qobject_cast<QLabel *>(form->labelForField(c.address));
    QVERIFY(fieldLabel);
    QCOMPARE(fieldLabel->text(), label);
    QCOMPARE(fieldLabel->buddy(), static_cast<QWidget *>(c.address));
    // Its mnemonic reaches the field.
    const Qt::Key key = label.at(1) == QLatin1Char('D') ? Qt::Key_D : Qt::Key_A;
    QTest::keyClick(&dialog, key, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(c.address));
}

void tst_AddressSpaceDialog::addressSetThroughAccessibilityCounts()
{
    AddressSpaceDialog dialog(Kind::Smtp, Version::Sp12007);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const Controls c = controlsOf(dialog);
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(c.address);
    QVERIFY(accessible && accessible->editableTextInterface());

    // An invalid value is complained about as if typed...
    accessible->setText(QAccessible::Value, QStringLiteral("*contoso.com"));
    QVERIFY(!c.ok->isEnabled());
    QVERIFY(!c.problem->isHidden());
    QVERIFY(!c.includeSubdomains->isEnabled()); // the wildcard lock follows too
    // ...and a valid one is taken.
    accessible->editableTextInterface()->replaceText(0, accessible->textInterface()->characterCount(),
                                                     QStringLiteral("contoso.com"));
    QCOMPARE(c.address->text(), QStringLiteral("contoso.com"));
    QVERIFY(c.ok->isEnabled());
    QVERIFY(c.problem->isHidden());
    QVERIFY(c.includeSubdomains->isEnabled());
    QTest::mouseClick(c.ok, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(*dialog.addressSpace(), space(smtp, QStringLiteral("contoso.com")));
}

QTEST_MAIN(tst_AddressSpaceDialog)
#include "tst_addressspacedialog.moc"
