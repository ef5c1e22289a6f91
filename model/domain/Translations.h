#pragma once

class QCoreApplication;

// Installs the product's translation for the user's locale (from the catalogue compiled into
// the model library) and Qt's own, so that the wizard's standard buttons match.
namespace Translations {
void install(QCoreApplication &application);
}
