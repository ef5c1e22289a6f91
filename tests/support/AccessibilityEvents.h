#pragma once

// Switches the platform's accessibility on, as a screen reader's bridge does when it connects:
// only then does QAccessible::updateAccessibility() deliver events (to an update handler
// installed with QAccessible::installUpdateHandler). Qt has no public API for it; its own tests
// use the platform integration's, as this does (Debian: qt6-base-private-dev; the build defines
// SCC_ACCESSIBILITY_EVENTS when Qt6::GuiPrivate is there). Header-only.

#include <QAccessible>

#ifdef SCC_ACCESSIBILITY_EVENTS
#include <QtGui/private/qguiapplication_p.h>
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>
#endif

namespace AccessibilityEvents {

// Whether events now reach the update handler.
inline bool activate()
{
#ifdef SCC_ACCESSIBILITY_EVENTS
    if (QPlatformIntegration *integration = QGuiApplicationPrivate::platformIntegration()) {
        if (QPlatformAccessibility *accessibility = integration->accessibility())
            accessibility->setActive(true);
    }
#endif
    return QAccessible::isActive();
}

} // namespace AccessibilityEvents
