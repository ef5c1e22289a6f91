#pragma once

#include "Problem.h"

#include <QCoreApplication>
#include <QString>

// RFC 1035 host and domain names as Exchange accepts them (letters, digits, hyphens; labels of
// 1-63 characters not starting or ending with a hyphen; at most 255 characters in all), with
// internationalised names converted to their ACE ("xn--") form.
class DomainName
{
    Q_DECLARE_TR_FUNCTIONS(DomainName)
public:
    // Validates `name` (no wildcard) and returns it in lower-case ACE form. `parameter` names the
    // field in every problem. Problem codes: "DomainName.Empty", "DomainName.TooLong",
    // "DomainName.EmptyLabel", "DomainName.LabelTooLong", "DomainName.InvalidCharacter",
    // "DomainName.HyphenAtLabelEdge", "DomainName.InvalidIdn".
    static Parsed<QString> parse(const QString &name, const QString &parameter);

    // A fully qualified name: parse() plus at least two labels and a final label that is not all
    // digits (so that "10.0.0" is not taken for a name). Code "DomainName.NotFullyQualified".
    static Parsed<QString> parseFqdn(const QString &name, const QString &parameter);

    // True when `name` is already in the form parse() returns and passes every rule of parse():
    // lower-case ASCII letters, digits, hyphens and dots, labels of 1-63 characters without a
    // hyphen at either edge, at most 255 characters. parse() of such a name returns it unchanged;
    // a fast path for what files hold (one pass, nothing allocated).
    static bool isCanonical(QStringView name);
};
