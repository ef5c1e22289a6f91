#pragma once

#include "ExchangeTypes.h"
#include "Problem.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

// One address space of a Send connector: which destinations it routes, with its cost.
struct AddressSpace
{
    QString type = QStringLiteral("SMTP"); // SMTP, X400, or a custom type (letters and digits)
    QString address;                       // "*", "*.contoso.com", "contoso.com", X.400 text, free text, "--"
    int cost = 1;                          // 1-100
    bool localScope = false;               // 2007 RTM's "Local:" prefix; always false in SP1

    bool isSmtp() const;
    bool isX400() const;
    // An SMTP address space that covers subdomains: "*" or "*.domain".
    bool includesSubdomains() const;

    // The shell form: "SMTP:*.contoso.com;5"; RTM prefixes "Local:" for a local scope.
    QString toString() const;

    // True when both name the same destination: type and address compared case-insensitively,
    // and the same scope. Cost does not count (two costs for one destination is a duplicate).
    bool sameDestination(const AddressSpace &other) const;

    friend bool operator==(const AddressSpace &a, const AddressSpace &b)
    {
        return a.type == b.type && a.address == b.address && a.cost == b.cost && a.localScope == b.localScope;
    }
    friend bool operator!=(const AddressSpace &a, const AddressSpace &b) { return !(a == b); }
};

// Parses and checks address spaces in the grammar of docs/domain-rules.md#address-spaces.
class AddressSpaceParser
{
    Q_DECLARE_TR_FUNCTIONS(AddressSpaceParser)
public:
    static constexpr int MinimumCost = 1;
    static constexpr int MaximumCost = 100;

    // The shell form: RTM "[Local:][Type:]Address[;Cost]", SP1 "[Type:]Address[;Cost]".
    // Normalises: type "smtp" -> "SMTP", "x400" -> "X400"; SMTP addresses lower-case ACE.
    // Problem parameter: "AddressSpaces". Codes (stable): "AddressSpace.Empty",
    // "AddressSpace.LocalScopeNotInSp1", "AddressSpace.InvalidType", "AddressSpace.CostNotNumber",
    // "AddressSpace.CostOutOfRange", "AddressSpace.InvalidSmtp" (with DomainName.* detail folded
    // into the message), "AddressSpace.WildcardNotLeading", "AddressSpace.InvalidX400",
    // "AddressSpace.EmptyAddress", "AddressSpace.ControlCharacter".
    static Parsed<AddressSpace> parse(const QString &text, Exchange::Version version);

    // Checks the parts as a dialog or a file gives them (no cost/type splitting), returning the
    // normalised address space. Same codes as parse().
    static Parsed<AddressSpace> fromParts(const QString &type, const QString &address, int cost, bool localScope,
                                          Exchange::Version version);

    // Only the address, for a given type (live validation in the dialogs).
    static Parsed<QString> parseAddress(const QString &type, const QString &address);

private:
    static std::optional<Problem> checkType(const QString &type);
    static std::optional<Problem> checkCostRange(int cost);
    // `rest` is the entry after its scope and type, quoted back in the message's suggestion.
    static std::optional<int> parseCostText(const QString &costText, const AddressSpace &space, const QString &rest,
                                            Problems &problems);
    static Parsed<QString> parseSmtpAddress(const QString &address);
    static Parsed<QString> parseX400Address(const QString &address);
};
