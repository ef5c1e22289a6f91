#pragma once

#include <QIcon>
#include <QObject>

// The one place that knows which icon shows what (docs/decisions.md#icons): every purpose maps to
// freedesktop icon names looked up in the icon theme (the desktop's, else Breeze), and to a last
// resort that never fails — a QStyle standard icon or a small SVG of our own in the resources.
// Call sites ask for a purpose and never spell a theme name.
namespace Icons {
Q_NAMESPACE

enum class Purpose {
    // Console tree nodes
    Organization,
    OrganizationConfiguration,
    HubTransport,
    EdgeTransport,
    EdgeServer,
    // Actions (action pane, menus, context menu)
    NewConnector,
    EnableConnector,
    DisableConnector,
    RemoveConnector,
    Properties,
    Refresh,
    ExportList,
    TestRouting,
    TestConnectivity,
    OpenOrganization,
    OpenDirectory,
    NewOrganizationFromSample,
    Exit,
    Undo,
    Redo,
    Options,
    About,
    // A connector's state in the console's list
    ConnectorEnabled,
    ConnectorDisabled,
    RoutingWarning,
    // The wizard's step list
    StepCurrent,
    StepDone,
    StepSkipped,
    StepPending,
    // The list editors' buttons
    ListAdd,
    ListEdit,
    ListRemove,
    // Problem labels
    ProblemError,
    ProblemWarning,
};
Q_ENUM_NS(Purpose)

// The icon for `purpose`: the first of its theme names the icon theme has, else its own fallback.
// Never null.
QIcon get(Purpose purpose);

// The program's own scalable icon (resources/icons/org.sendconnectorconsole.Console.svg).
QIcon applicationIcon();
QString applicationIconPath();

// Called once after the QApplication exists: when the platform names no icon theme (offscreen,
// a bare X server: none, or only "hicolor"), the freedesktop icon folders are searched and Breeze
// is the theme — breeze-dark while the palette is dark, following later palette changes; any
// desktop theme falls back to Breeze for names it lacks. Also sets the application's window icon.
void install();

} // namespace Icons
