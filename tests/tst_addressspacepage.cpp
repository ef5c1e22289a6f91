#include "support/ModelTestSupport.h"
#include "AddressSpaceDialog.h"
#include "AddressSpacePage.h"
#include "ConnectorDraft.h"
#include "OrganizationStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QStyleOptionToolButton>
#include <QToolButton>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QWizard>

#include <memory>

using Exchange::Version;

// Drives the Address space page with keys and clicks and checks what reaches the draft.
class tst_AddressSpacePage : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void sp1HubOffersBothKinds();
    void addOpensSmtpDialogDirectly_data();
    void addOpensSmtpDialogDirectly();
    void addSmtpAddressSpace();
    void addCustomByKeyboard();
    void editByDoubleClick();
    void f2EditsAndEnterGoesNext();
    void removeByDeleteKeyAndButton();
    void duplicateRefused();
    void scopedConnector();
    void requiresOneEntry();
    void accessibility();
    void splitButtonAddOpensSmtpDialog_data();
    void splitButtonAddOpensSmtpDialog();
    void splitButtonArrowOpensMenu_data();
    void splitButtonArrowOpensMenu();
    void partnerMessagesPointAtThisPage_data();
    void partnerMessagesPointAtThisPage();
    void smtpOnlyPagesSpeakOfSmtpDomains_data();
    void smtpOnlyPagesSpeakOfSmtpDomains();
};

namespace {

using ModelTestSupport::space;

const QString smtp = QStringLiteral("SMTP");

std::unique_ptr<ConnectorDraft> makeDraft(Version version = Version::Sp12007,
                                          const QString &server = QStringLiteral("EX01"))
{
    return std::make_unique<ConnectorDraft>(ModelTestSupport::sampleOrganization(version), server);
}

// The dialog the page has open, if any (a closed one may still await deletion).
AddressSpaceDialog *openDialog(const QWidget &page)
{
    for (AddressSpaceDialog *dialog : page.findChildren<AddressSpaceDialog *>()) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

template <typename T>
T *child(const QObject &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

QPushButton *okButton(const QDialog &dialog)
{
    return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

// Chooses a menu entry by its mnemonic once the menu pops up (QMenu::exec() runs its own loop).
void chooseFromNextMenu(Qt::Key mnemonic)
{
    QTimer::singleShot(0, qApp, [mnemonic] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget()))
            QTest::keyClick(menu, mnemonic);
    });
}

} // namespace

void tst_AddressSpacePage::cleanup()
{
    // Every page, dialog and menu was owned by the test function's page.
    QTRY_VERIFY(QApplication::topLevelWidgets().isEmpty());
}

void tst_AddressSpacePage::sp1HubOffersBothKinds()
{
    auto draft = makeDraft();
    AddressSpacePage page(draft.get());
    page.initializePage();

    QCOMPARE(page.title(), QStringLiteral("Address space"));
    QVERIFY(!page.subTitle().isEmpty());
    auto *add = child<QToolButton>(page, "addAddressSpaceButton");
    QVERIFY(add);
    QCOMPARE(add->popupMode(), QToolButton::MenuButtonPopup); // the split button
    QVERIFY(add->menu());
    const QList<QAction *> actions = add->menu()->actions();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.at(0)->objectName(), QStringLiteral("smtpAddressSpaceAction"));
    QCOMPARE(actions.at(0)->text(), QStringLiteral("&SMTP Address Space…"));
    QCOMPARE(actions.at(1)->objectName(), QStringLiteral("customAddressSpaceAction"));
    QCOMPARE(actions.at(1)->text(), QStringLiteral("&Custom Address Space…"));
    QVERIFY(!child<QCheckBox>(page, "scopedConnectorCheck")->isHidden());
    QVERIFY(!child<QLabel>(page, "nonSmtpNoteLabel")->isHidden());
    QCOMPARE(child<QTreeView>(page, "addressSpaceView")->model()->columnCount(), 3);
}

void tst_AddressSpacePage::addOpensSmtpDialogDirectly_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QString>("dialogTitle");

    QTest::newRow("RTM Hub") << Version::Rtm2007 << "EX01" << 1 << "Add Address Space";
    QTest::newRow("SP1 Edge") << Version::Sp12007 << "EDGE02" << 3 << "SMTP Address Space";
    QTest::newRow("RTM Edge") << Version::Rtm2007 << "EDGE02" << 1 << "Add Address Space";
}

void tst_AddressSpacePage::addOpensSmtpDialogDirectly()
{
    QFETCH(Version, version);
    QFETCH(QString, server);
    QFETCH(int, columns);
    QFETCH(QString, dialogTitle);

    auto draft = makeDraft(version, server);
    AddressSpacePage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();

    QVERIFY(!child<QAction>(page, "customAddressSpaceAction"));
    QVERIFY(child<QCheckBox>(page, "scopedConnectorCheck")->isHidden());
    QVERIFY(child<QLabel>(page, "nonSmtpNoteLabel")->isHidden());
    QCOMPARE(child<QTreeView>(page, "addressSpaceView")->model()->columnCount(), columns);

    auto *add = child<QPushButton>(page, "addAddressSpaceButton");
    QVERIFY(!add->menu());
    QTest::mouseClick(add, Qt::LeftButton);
    QTRY_VERIFY(openDialog(page));
    AddressSpaceDialog *dialog = openDialog(page);
    QCOMPARE(dialog->kind(), AddressSpaceDialog::Kind::Smtp);
    QCOMPARE(dialog->windowTitle(), dialogTitle);
    QCOMPARE(child<QSpinBox>(*dialog, "costSpin") != nullptr, version == Version::Sp12007);

    QTest::keyClicks(child<QLineEdit>(*dialog, "addressEdit"), QStringLiteral("*"));
    QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    QTRY_VERIFY(page.findChildren<AddressSpaceDialog *>().isEmpty());
    QCOMPARE(draft->connector().addressSpaces, QList<AddressSpace>{space(smtp, QStringLiteral("*"))});
}

void tst_AddressSpacePage::addSmtpAddressSpace()
{
    auto draft = makeDraft();
    AddressSpacePage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();
    QVERIFY(!page.isComplete());
    QSignalSpy completeChanged(&page, &QWizardPage::completeChanged);

    child<QAction>(page, "smtpAddressSpaceAction")->trigger();
    QTRY_VERIFY(openDialog(page));
    AddressSpaceDialog *dialog = openDialog(page);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("SMTP Address Space"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "addressEdit"), QStringLiteral("contoso.com"));
    QTest::mouseClick(child<QCheckBox>(*dialog, "includeSubdomainsCheck"), Qt::LeftButton);
    auto *cost = child<QSpinBox>(*dialog, "costSpin");
    cost->selectAll();
    QTest::keyClicks(cost, QStringLiteral("5"));
    QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    QTRY_VERIFY(page.findChildren<AddressSpaceDialog *>().isEmpty());

    // The example of docs/domain-rules.md#worked-example, straight into the draft.
    QCOMPARE(draft->connector().addressSpaces, QList<AddressSpace>{space(smtp, QStringLiteral("*.contoso.com"), 5)});
    QVERIFY(page.isComplete());
    QVERIFY(!completeChanged.isEmpty());
    auto *view = child<QTreeView>(page, "addressSpaceView");
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("*.contoso.com"));
    QCOMPARE(view->model()->index(0, 2).data().toInt(), 5);
    QCOMPARE(view->currentIndex().row(), 0);
    QVERIFY(child<QPushButton>(page, "editAddressSpaceButton")->isEnabled());
    QVERIFY(child<QLabel>(page, "addressSpaceProblemsLabel")->isHidden());

    // Cancel adds nothing.
    child<QAction>(page, "smtpAddressSpaceAction")->trigger();
    QTRY_VERIFY(openDialog(page));
    dialog = openDialog(page);
    QTest::keyClicks(child<QLineEdit>(*dialog, "addressEdit"), QStringLiteral("fabrikam.com"));
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(page.findChildren<AddressSpaceDialog *>().isEmpty());
    QCOMPARE(draft->connector().addressSpaces.size(), 1);
}

void tst_AddressSpacePage::addCustomByKeyboard()
{
    auto draft = makeDraft();
    AddressSpacePage page(draft.get());
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.initializePage();

    // Alt+Down on Add opens its menu; C chooses Custom Address Space.
    auto *add = child<QToolButton>(page, "addAddressSpaceButton");
    add->setFocus(Qt::TabFocusReason);
    chooseFromNextMenu(Qt::Key_C);
    QTest::keyClick(add, Qt::Key_Down, Qt::AltModifier);
    QTRY_VERIFY(openDialog(page));
    AddressSpaceDialog *dialog = openDialog(page);
    QCOMPARE(dialog->kind(), AddressSpaceDialog::Kind::Custom);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Custom Address Space"));

    QTest::keyClicks(child<QLineEdit>(*dialog, "typeEdit"), QStringLiteral("X400"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "addressEdit"), QStringLiteral("o=MySite;p=MyOrg;a=adatum;c=us"));
    QTest::keyClick(child<QLineEdit>(*dialog, "addressEdit"), Qt::Key_Return);
    QTRY_VERIFY(page.findChildren<AddressSpaceDialog *>().isEmpty());

    QCOMPARE(draft->connector().addressSpaces,
             QList<AddressSpace>{space(QStringLiteral("X400"), QStringLiteral("o=MySite;p=MyOrg;a=adatum;c=us"))});
    // A non-SMTP address space rules DNS routing out; the draft switched to smart hosts.
    QVERIFY(!draft->connector().dnsRoutingEnabled);
}

void tst_AddressSpacePage::editByDoubleClick()
{
    auto draft = makeDraft();
    draft->setAddressSpaces({space(smtp, QStringLiteral("*.contoso.com"), 5), space(smtp, QStringLiteral("*.fabrikam.com"), 8)});
    AddressSpacePage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();

    auto *view = child<QTreeView>(page, "addressSpaceView");
    const QRect rect = view->visualRect(view->model()->index(1, 1));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_VERIFY(openDialog(page));
    AddressSpaceDialog *dialog = openDialog(page);
    auto *address = child<QLineEdit>(*dialog, "addressEdit");
    QCOMPARE(address->text(), QStringLiteral("fabrikam.com"));
    QVERIFY(child<QCheckBox>(*dialog, "includeSubdomainsCheck")->isChecked());
    QCOMPARE(child<QSpinBox>(*dialog, "costSpin")->value(), 8);

    address->selectAll();
    QTest::keyClicks(address, QStringLiteral("fabrikam.net"));
    QTest::mouseClick(okButton(*dialog), Qt::LeftButton);
    QTRY_VERIFY(page.findChildren<AddressSpaceDialog *>().isEmpty());

    QCOMPARE(draft->connector().addressSpaces,
             (QList<AddressSpace>{space(smtp, QStringLiteral("*.contoso.com"), 5),
                                  space(smtp, QStringLiteral("*.fabrikam.net"), 8)}));
}

void tst_AddressSpacePage::f2EditsAndEnterGoesNext()
{
    auto draft = makeDraft();
    draft->setAddressSpaces({space(smtp, QStringLiteral("contoso.com"))});
    QWizard wizard;
    auto *page = new AddressSpacePage(draft.get());
    wizard.addPage(page);
    wizard.addPage(new QWizardPage);
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));
    const int firstPage = wizard.currentId();

    auto *view = child<QTreeView>(*page, "addressSpaceView");
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_F2);
    QTRY_VERIFY(openDialog(*page));
    QCOMPARE(wizard.currentId(), firstPage);
    openDialog(*page)->reject();
    QTRY_VERIFY(page->findChildren<AddressSpaceDialog *>().isEmpty());
    QCOMPARE(draft->connector().addressSpaces, QList<AddressSpace>{space(smtp, QStringLiteral("contoso.com"))});

    // Enter in the list is the wizard's Next, as everywhere else in the wizard.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(wizard.currentId() != firstPage);
    QVERIFY(page->findChildren<AddressSpaceDialog *>().isEmpty());
}

void tst_AddressSpacePage::removeByDeleteKeyAndButton()
{
    auto draft = makeDraft();
    draft->setAddressSpaces({space(smtp, QStringLiteral("a.com")), space(smtp, QStringLiteral("b.com")),
                             space(smtp, QStringLiteral("c.com"))});
    AddressSpacePage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();
    auto *view = child<QTreeView>(page, "addressSpaceView");
    auto *remove = child<QPushButton>(page, "removeAddressSpaceButton");

    view->setCurrentIndex(view->model()->index(1, 0));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(draft->connector().addressSpaces,
             (QList<AddressSpace>{space(smtp, QStringLiteral("a.com")), space(smtp, QStringLiteral("c.com"))}));
    // The next entry is selected, so that Delete can go on.
    QCOMPARE(view->currentIndex().row(), 1);

    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(draft->connector().addressSpaces, QList<AddressSpace>{space(smtp, QStringLiteral("a.com"))});
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(draft->connector().addressSpaces.isEmpty());
    QVERIFY(!remove->isEnabled());
    QVERIFY(!child<QPushButton>(page, "editAddressSpaceButton")->isEnabled());
    QVERIFY(!page.isComplete());
}

void tst_AddressSpacePage::duplicateRefused()
{
    auto draft = makeDraft();
    draft->setAddressSpaces({space(smtp, QStringLiteral("*.contoso.com"), 5)});
    AddressSpacePage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();

    child<QAction>(page, "smtpAddressSpaceAction")->trigger();
    QTRY_VERIFY(openDialog(page));
    AddressSpaceDialog *dialog = openDialog(page);
    QTest::keyClicks(child<QLineEdit>(*dialog, "addressEdit"), QStringLiteral("*.Contoso.com"));
    QVERIFY(!okButton(*dialog)->isEnabled());
    QVERIFY(child<QLabel>(*dialog, "addressProblemLabel")->text().contains(QStringLiteral("already in the list")));
    dialog->reject();
    QTRY_VERIFY(page.findChildren<AddressSpaceDialog *>().isEmpty());
    QCOMPARE(draft->connector().addressSpaces.size(), 1);
}

void tst_AddressSpacePage::scopedConnector()
{
    auto draft = makeDraft();
    AddressSpacePage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();
    auto *scoped = child<QCheckBox>(page, "scopedConnectorCheck");
    QVERIFY(!scoped->isChecked());
    QTest::mouseClick(scoped, Qt::LeftButton);
    QVERIFY(draft->connector().isScopedConnector);
    QTest::keyClick(scoped, Qt::Key_Space);
    QVERIFY(!draft->connector().isScopedConnector);

    // A change made elsewhere shows here.
    draft->setScopedConnector(true);
    QVERIFY(scoped->isChecked());
}

void tst_AddressSpacePage::requiresOneEntry()
{
    auto draft = makeDraft();
    AddressSpacePage page(draft.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.initializePage();

    auto *problems = child<QLabel>(page, "addressSpaceProblemsLabel");
    QVERIFY(!page.isComplete());
    QVERIFY(problems->isVisible());
    const Problems expected = draft->problems(ConnectorDraft::Section::AddressSpace);
    QVERIFY(containsCode(expected, QStringLiteral("Connector.AddressSpaceRequired")));
    QCOMPARE(problems->text(), expected.first().message);

    QSignalSpy completeChanged(&page, &QWizardPage::completeChanged);
    draft->setAddressSpaces({space(smtp, QStringLiteral("contoso.com"))});
    QVERIFY(!completeChanged.isEmpty());
    QVERIFY(page.isComplete());
    QVERIFY(problems->isHidden());
    QCOMPARE(child<QTreeView>(page, "addressSpaceView")->model()->rowCount(), 1);
}

void tst_AddressSpacePage::accessibility()
{
    auto draft = makeDraft();
    draft->setAddressSpaces({space(smtp, QStringLiteral("contoso.com"))});
    AddressSpacePage page(draft.get());
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.initializePage();

    auto *remove = child<QPushButton>(page, "removeAddressSpaceButton");
    QVERIFY(remove->text().isEmpty());
    QVERIFY(!remove->icon().isNull());
    QCOMPARE(remove->accessibleName(), QStringLiteral("Remove"));
    QVERIFY(!remove->toolTip().isEmpty());

    // The list's label carries a mnemonic to it; Alt+M removes without the mouse.
    auto *view = child<QTreeView>(page, "addressSpaceView");
    QTest::keyClick(&page, Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(view));
    QTest::keyClick(&page, Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY(draft->connector().addressSpaces.isEmpty());
    QTest::keyClick(&page, Qt::Key_C, Qt::AltModifier);
    QTRY_VERIFY(draft->connector().isScopedConnector);
}

void tst_AddressSpacePage::splitButtonAddOpensSmtpDialog_data()
{
    QTest::addColumn<QString>("how");
    for (const char *how : {"click", "Space", "Enter", "Return", "Alt+A"})
        QTest::newRow(how) << QString::fromLatin1(how);
}

void tst_AddressSpacePage::splitButtonAddOpensSmtpDialog()
{
    QFETCH(QString, how);

    auto draft = makeDraft();
    QWizard wizard; // Enter on Add must not reach the wizard's Next
    auto *page = new AddressSpacePage(draft.get());
    wizard.addPage(page);
    wizard.show();
    wizard.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&wizard));

    auto *add = child<QToolButton>(*page, "addAddressSpaceButton");
    QVERIFY(add);
    QCOMPARE(add->accessibleName(), QStringLiteral("Add"));
    QVERIFY(add->focusPolicy() & Qt::TabFocus);
    add->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(add));
    if (how == QLatin1String("click"))
        QTest::mouseClick(add, Qt::LeftButton, {}, QPoint(4, add->height() / 2)); // Add itself, not its arrow
    else if (how == QLatin1String("Space"))
        QTest::keyClick(add, Qt::Key_Space);
    else if (how == QLatin1String("Enter"))
        QTest::keyClick(add, Qt::Key_Enter, Qt::KeypadModifier);
    else if (how == QLatin1String("Return"))
        QTest::keyClick(add, Qt::Key_Return);
    else
        QTest::keyClick(page, Qt::Key_A, Qt::AltModifier);

    QTRY_VERIFY(openDialog(*page));
    QVERIFY(!QApplication::activePopupWidget()); // no menu in between
    AddressSpaceDialog *dialog = openDialog(*page);
    QCOMPARE(dialog->kind(), AddressSpaceDialog::Kind::Smtp);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("SMTP Address Space"));
    QTest::keyClicks(child<QLineEdit>(*dialog, "addressEdit"), QStringLiteral("split.example"));
    QTest::keyClick(child<QLineEdit>(*dialog, "addressEdit"), Qt::Key_Return);
    QTRY_VERIFY(page->findChildren<AddressSpaceDialog *>().isEmpty());
    QCOMPARE(draft->connector().addressSpaces, QList<AddressSpace>{space(smtp, QStringLiteral("split.example"))});
    QCOMPARE(wizard.currentPage(), page);
}

void tst_AddressSpacePage::splitButtonArrowOpensMenu_data()
{
    QTest::addColumn<bool>("byMouse"); // the arrow, else Alt+Down
    QTest::addColumn<Qt::Key>("choice");
    QTest::addColumn<AddressSpaceDialog::Kind>("kind");

    QTest::newRow("Alt+Down, SMTP") << false << Qt::Key_S << AddressSpaceDialog::Kind::Smtp;
    QTest::newRow("Alt+Down, Custom") << false << Qt::Key_C << AddressSpaceDialog::Kind::Custom;
    QTest::newRow("arrow, SMTP") << true << Qt::Key_S << AddressSpaceDialog::Kind::Smtp;
    QTest::newRow("arrow, Custom") << true << Qt::Key_C << AddressSpaceDialog::Kind::Custom;
}

void tst_AddressSpacePage::splitButtonArrowOpensMenu()
{
    QFETCH(bool, byMouse);
    QFETCH(Qt::Key, choice);
    QFETCH(AddressSpaceDialog::Kind, kind);

    auto draft = makeDraft();
    AddressSpacePage page(draft.get());
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.initializePage();
    auto *add = child<QToolButton>(page, "addAddressSpaceButton");

    QStringList shown;
    QTimer::singleShot(0, qApp, [&shown, choice] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            for (const QAction *action : menu->actions())
                shown.append(action->objectName());
            QTest::keyClick(menu, choice);
        }
    });
    if (byMouse) {
        QStyleOptionToolButton option;
        option.initFrom(add);
        option.subControls = QStyle::SC_ToolButton | QStyle::SC_ToolButtonMenu;
        option.features = QStyleOptionToolButton::MenuButtonPopup | QStyleOptionToolButton::HasMenu;
        const QRect arrow =
            add->style()->subControlRect(QStyle::CC_ToolButton, &option, QStyle::SC_ToolButtonMenu, add);
        QVERIFY(arrow.isValid());
        QTest::mousePress(add, Qt::LeftButton, {}, arrow.center());
    } else {
        add->setFocus(Qt::TabFocusReason);
        QTest::keyClick(add, Qt::Key_Down, Qt::AltModifier);
    }
    QTRY_VERIFY(openDialog(page));
    QCOMPARE(shown, (QStringList{QStringLiteral("smtpAddressSpaceAction"), QStringLiteral("customAddressSpaceAction")}));
    AddressSpaceDialog *dialog = openDialog(page);
    QCOMPARE(dialog->kind(), kind);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(page.findChildren<AddressSpaceDialog *>().isEmpty());
    QVERIFY(draft->connector().addressSpaces.isEmpty());
}

void tst_AddressSpacePage::partnerMessagesPointAtThisPage_data()
{
    QTest::addColumn<QString>("type"); // empty: SMTP through the SMTP dialog
    QTest::addColumn<QString>("address");
    QTest::addColumn<QStringList>("mustSay");

    QTest::newRow("Partner with *") << QString() << QStringLiteral("*")
                                    << QStringList{QStringLiteral("Replace \"*\" with the partner's domains here"),
                                                   QStringLiteral("choose another usage")};
    QTest::newRow("Partner with X400") << QStringLiteral("X400") << QStringLiteral("o=MySite;p=MyOrg;a=adatum;c=us")
                                       << QStringList{QStringLiteral("Remove the address space here"),
                                                      QStringLiteral("choose the Custom, Internal or Internet usage")};
}

void tst_AddressSpacePage::partnerMessagesPointAtThisPage()
{
    QFETCH(QString, type);
    QFETCH(QString, address);
    QFETCH(QStringList, mustSay);

    auto draft = makeDraft();
    draft->setUsage(Exchange::Usage::Partner);
    AddressSpacePage page(draft.get());
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.initializePage();

    auto *add = child<QToolButton>(page, "addAddressSpaceButton");
    if (type.isEmpty()) {
        QTest::mouseClick(add, Qt::LeftButton, {}, QPoint(4, add->height() / 2));
    } else {
        add->setFocus(Qt::TabFocusReason);
        chooseFromNextMenu(Qt::Key_C);
        QTest::keyClick(add, Qt::Key_Down, Qt::AltModifier);
    }
    QTRY_VERIFY(openDialog(page));
    AddressSpaceDialog *dialog = openDialog(page);
    if (!type.isEmpty())
        QTest::keyClicks(child<QLineEdit>(*dialog, "typeEdit"), type);
    QTest::keyClicks(child<QLineEdit>(*dialog, "addressEdit"), address);
    QTest::keyClick(child<QLineEdit>(*dialog, "addressEdit"), Qt::Key_Return);
    QTRY_VERIFY(page.findChildren<AddressSpaceDialog *>().isEmpty());
    QCOMPARE(draft->connector().addressSpaces.size(), 1);

    // The problem shows here, where the address space can be changed, and says what to change.
    auto *problems = child<QLabel>(page, "addressSpaceProblemsLabel");
    QVERIFY(!problems->isHidden());
    for (const QString &phrase : mustSay)
        QVERIFY2(problems->text().contains(phrase), qPrintable(problems->text()));
    // Nothing this wizard does not offer: no shell parameter, no smart hosts to add.
    QVERIFY2(!problems->text().contains(QLatin1String("DomainSecureEnabled")), qPrintable(problems->text()));
    QVERIFY2(!problems->text().contains(QLatin1String("Route the connector's mail through smart hosts")),
             qPrintable(problems->text()));
    QVERIFY(!page.isComplete());
    QVERIFY(draft->problems(ConnectorDraft::Section::NetworkSettings).isEmpty());

    // The remedy offered here works: removing the address space clears the problem.
    auto *view = child<QTreeView>(page, "addressSpaceView");
    view->setFocus();
    view->setCurrentIndex(view->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(draft->connector().addressSpaces.isEmpty());
    QVERIFY2(!problems->text().contains(mustSay.first()), qPrintable(problems->text()));
}

void tst_AddressSpacePage::smtpOnlyPagesSpeakOfSmtpDomains_data()
{
    QTest::addColumn<Version>("version");
    QTest::addColumn<QString>("server");
    QTest::addColumn<bool>("smtpOnly");

    QTest::newRow("RTM Hub") << Version::Rtm2007 << "EX01" << true;
    QTest::newRow("RTM Edge") << Version::Rtm2007 << "EDGE02" << true;
    QTest::newRow("SP1 Edge") << Version::Sp12007 << "EDGE02" << true;
    QTest::newRow("SP1 Hub") << Version::Sp12007 << "EX01" << false;
}

void tst_AddressSpacePage::smtpOnlyPagesSpeakOfSmtpDomains()
{
    QFETCH(Version, version);
    QFETCH(QString, server);
    QFETCH(bool, smtpOnly);

    auto draft = makeDraft(version, server);
    AddressSpacePage page(draft.get());
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    page.initializePage();

    QCOMPARE(page.subTitle().contains(QLatin1String("SMTP domains")), smtpOnly);
    QCOMPARE(page.subTitle().contains(QLatin1String("other address types")), !smtpOnly);
    // The list's label says the same, and its mnemonic still reaches the list.
    QLabel *listLabel = nullptr;
    for (QLabel *label : page.findChildren<QLabel *>()) {
        if (label->buddy() == child<QTreeView>(page, "addressSpaceView"))
            listLabel = label;
    }
    QVERIFY(listLabel);
    QCOMPARE(listLabel->text().contains(QLatin1String("SMT&P domains")), smtpOnly);
    QTest::keyClick(&page, Qt::Key_P, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(child<QTreeView>(page, "addressSpaceView")));
}

QTEST_MAIN(tst_AddressSpacePage)
#include "tst_addressspacepage.moc"
