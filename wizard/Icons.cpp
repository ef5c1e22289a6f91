#include "Icons.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QStandardPaths>
#include <QStyle>

#include <array>
#include <optional>

namespace Icons {

namespace {

// What one purpose shows: freedesktop names, tried in order in the icon theme, then a last resort
// that needs no theme — a QStyle standard icon, or our own SVG where no standard icon fits.
struct Mapping
{
    std::array<const char *, 3> themeNames; // unused places are null
    std::optional<QStyle::StandardPixmap> standard;
    const char *ownSvg = nullptr; // a file in resources/icons/fallback/
};

Mapping mappingOf(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Organization:
        return {{"network-workgroup", "folder-network"}, QStyle::SP_DriveNetIcon};
    case Purpose::OrganizationConfiguration:
        return {{"preferences-system", "configure", "folder"}, QStyle::SP_DirIcon};
    case Purpose::HubTransport:
        return {{"mail-send", "mail-folder-outbox"}, std::nullopt, "hub-transport.svg"};
    case Purpose::EdgeTransport:
        return {{"security-high", "network-wired"}, std::nullopt, "edge-transport.svg"};
    case Purpose::EdgeServer:
        return {{"network-server", "computer"}, QStyle::SP_ComputerIcon};
    case Purpose::NewConnector:
        return {{"document-new", "list-add"}, QStyle::SP_FileIcon};
    case Purpose::EnableConnector:
        return {{"network-connect", "media-playback-start"}, QStyle::SP_DialogYesButton};
    case Purpose::DisableConnector:
        return {{"network-disconnect", "media-playback-pause"}, QStyle::SP_DialogNoButton};
    case Purpose::RemoveConnector:
        return {{"edit-delete"}, QStyle::SP_TrashIcon};
    case Purpose::Properties:
        return {{"document-properties"}, QStyle::SP_FileDialogInfoView};
    case Purpose::Refresh:
        return {{"view-refresh"}, QStyle::SP_BrowserReload};
    case Purpose::ExportList:
        return {{"document-export", "document-save-as"}, QStyle::SP_DialogSaveButton};
    case Purpose::TestRouting:
        return {{"system-search", "edit-find"}, QStyle::SP_FileDialogContentsView};
    case Purpose::TestConnectivity:
        return {{"network-transmit-receive", "network-wired"}, QStyle::SP_DriveNetIcon};
    case Purpose::OpenOrganization:
        return {{"document-open"}, QStyle::SP_DialogOpenButton};
    case Purpose::OpenDirectory:
        return {{"document-open-remote", "folder-remote", "network-server-database"}, QStyle::SP_DriveNetIcon};
    case Purpose::NewOrganizationFromSample:
        return {{"document-new-from-template", "document-new"}, QStyle::SP_FileDialogNewFolder};
    case Purpose::Exit:
        return {{"application-exit"}, QStyle::SP_DialogCloseButton};
    case Purpose::Undo:
        return {{"edit-undo"}, QStyle::SP_ArrowBack};
    case Purpose::Redo:
        return {{"edit-redo"}, QStyle::SP_ArrowForward};
    case Purpose::Options:
        return {{"configure", "preferences-other", "preferences-system"}, QStyle::SP_FileDialogDetailedView};
    case Purpose::About:
        return {{"help-about"}, QStyle::SP_MessageBoxInformation};
    case Purpose::ConnectorEnabled:
        return {{"emblem-checked", "checkmark", "dialog-ok-apply"}, QStyle::SP_DialogApplyButton};
    case Purpose::ConnectorDisabled:
        return {{"emblem-pause", "media-playback-pause", "emblem-unavailable"}, QStyle::SP_MediaPause};
    case Purpose::RoutingWarning:
        return {{"emblem-warning", "dialog-warning"}, QStyle::SP_MessageBoxWarning};
    case Purpose::StepCurrent:
        return {{"go-next"}, QStyle::SP_ArrowRight};
    case Purpose::StepDone:
        return {{"dialog-ok-apply", "checkmark"}, QStyle::SP_DialogApplyButton};
    case Purpose::StepSkipped:
        return {{"media-skip-forward", "go-next-skip"}, QStyle::SP_MediaSkipForward};
    case Purpose::StepPending:
        return {{"draw-circle"}, std::nullopt, "step-pending.svg"};
    case Purpose::ListAdd:
        return {{"list-add"}, std::nullopt, "list-add.svg"};
    case Purpose::ListEdit:
        return {{"document-edit", "edit-entry"}, std::nullopt, "list-edit.svg"};
    case Purpose::ListRemove:
        return {{"list-remove", "edit-delete"}, QStyle::SP_TrashIcon};
    case Purpose::ProblemError:
        return {{"emblem-error", "dialog-error"}, QStyle::SP_MessageBoxCritical};
    case Purpose::ProblemWarning:
        return {{"emblem-warning", "dialog-warning"}, QStyle::SP_MessageBoxWarning};
    }
    return {{}, QStyle::SP_FileIcon};
}

const QString Breeze = QStringLiteral("breeze");
const QString BreezeDark = QStringLiteral("breeze-dark");

QString breezeFor(const QPalette &palette)
{
    // Breeze's glyphs are dark for light windows; breeze-dark's light for dark ones.
    return palette.color(QPalette::Window).lightness() < 128 ? BreezeDark : Breeze;
}

// Keeps the Breeze variant we chose in step with the application's palette.
class PaletteFollower : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            const QString theme = breezeFor(QGuiApplication::palette());
            if ((QIcon::themeName() == Breeze || QIcon::themeName() == BreezeDark) && QIcon::themeName() != theme)
                QIcon::setThemeName(theme);
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

QIcon get(Purpose purpose)
{
    const Mapping mapping = mappingOf(purpose);
    for (const char *name : mapping.themeNames) {
        if (!name)
            break;
        const QString themeName = QString::fromLatin1(name);
        if (QIcon::hasThemeIcon(themeName))
            return QIcon::fromTheme(themeName);
    }
    if (mapping.ownSvg)
        return QIcon(QStringLiteral(":/scc/icons/fallback/") + QLatin1String(mapping.ownSvg));
    return QApplication::style()->standardIcon(mapping.standard.value_or(QStyle::SP_FileIcon));
}

QString applicationIconPath()
{
    return QStringLiteral(":/scc/icons/org.sendconnectorconsole.Console.svg");
}

QIcon applicationIcon()
{
    return QIcon(applicationIconPath());
}

void install()
{
    const QString platformTheme = QIcon::themeName();
    // "hicolor" is only the base every theme inherits (applications' own icons), not a theme.
    if (platformTheme.isEmpty() || platformTheme == QLatin1String("hicolor")) {
        QStringList paths = QIcon::themeSearchPaths();
        const QStringList folders = QStandardPaths::locateAll(QStandardPaths::GenericDataLocation,
                                                              QStringLiteral("icons"), QStandardPaths::LocateDirectory);
        for (const QString &folder : folders) {
            if (!paths.contains(folder))
                paths.append(folder);
        }
        QIcon::setThemeSearchPaths(paths);
        QIcon::setThemeName(breezeFor(QGuiApplication::palette()));
        static bool following = false;
        if (!following) {
            qApp->installEventFilter(new PaletteFollower(qApp));
            following = true;
        }
    }
    // A desktop theme that inherits nothing still finds Breeze's names before the last resort.
    QIcon::setFallbackThemeName(Breeze);
    QApplication::setWindowIcon(applicationIcon());
}

} // namespace Icons
