#include "DomainName.h"

#include <QStringList>
#include <QUrl>

namespace {

constexpr int MaximumLength = 255;
constexpr int MaximumLabelLength = 63;

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
        || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

bool isLdh(QChar c)
{
    return isAsciiLetterOrDigit(c) || c == QLatin1Char('-');
}

// The full stops IDNA treats as label separators, besides '.': ideographic, fullwidth, halfwidth.
bool isLabelSeparator(QChar c)
{
    return c == QLatin1Char('.') || c == QChar(0x3002) || c == QChar(0xFF0E) || c == QChar(0xFF61);
}

QStringList splitLabels(const QString &name)
{
    QStringList labels;
    QString current;
    for (const QChar c : name) {
        if (isLabelSeparator(c)) {
            labels.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    labels.append(current);
    return labels;
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7F)
            return false;
    }
    return true;
}

// Collects problems, at most one per code, so that a name with ten bad labels gives one message
// per kind of mistake rather than ten.
class ProblemCollector
{
public:
    explicit ProblemCollector(const QString &parameter)
        : m_parameter(parameter)
    {
    }

    void add(const QString &code, const QString &message)
    {
        if (!containsCode(m_problems, code))
            m_problems.append(Problem::error(code, m_parameter, message));
    }
    bool has(const QString &code) const { return containsCode(m_problems, code); }
    bool empty() const { return m_problems.isEmpty(); }
    Problems problems() const { return m_problems; }

private:
    QString m_parameter;
    Problems m_problems;
};

// The first label that QUrl::toAce refuses although each of its characters converts on its own:
// what makes it fail is then its converted length.
QString labelTooLongOnceConverted(const QStringList &labels)
{
    for (const QString &label : labels) {
        if (isAscii(label) || !QUrl::toAce(label).isEmpty())
            continue;
        bool everyCharacterConverts = true;
        for (const QChar c : label)
            everyCharacterConverts = everyCharacterConverts && !QUrl::toAce(QString(c)).isEmpty();
        if (everyCharacterConverts)
            return label;
    }
    return QString();
}

} // namespace

bool DomainName::isCanonical(QStringView name)
{
    const qsizetype size = name.size();
    if (size == 0 || size > MaximumLength)
        return false;
    qsizetype labelStart = 0;
    for (qsizetype i = 0; i <= size; ++i) {
        const char16_t c = i < size ? name[i].unicode() : u'.';
        if (c == u'.') {
            const qsizetype length = i - labelStart;
            if (length == 0 || length > MaximumLabelLength || name[labelStart] == u'-' || name[i - 1] == u'-')
                return false;
            labelStart = i + 1;
        } else if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')) {
            return false;
        }
    }
    return true;
}

Parsed<QString> DomainName::parse(const QString &name, const QString &parameter)
{
    Parsed<QString> result;
    if (isCanonical(name)) {
        result.value = name;
        return result;
    }
    if (name.isEmpty()) {
        result.problems.append(Problem::error(QStringLiteral("DomainName.Empty"), parameter,
                                              tr("The domain name is empty. Enter a name such as contoso.com.")));
        return result;
    }

    ProblemCollector problems(parameter);

    // ASCII characters are judged on the text as typed, so that the message names the character
    // the user actually entered (QUrl::toAce would let '_' through, for one).
    for (const QChar c : name) {
        if (c.unicode() <= 0x7F && !isLdh(c) && c != QLatin1Char('.')) {
            problems.add(QStringLiteral("DomainName.InvalidCharacter"),
                         tr("The domain name \"%1\" contains the character '%2', which is not allowed. Use only "
                            "letters, digits, hyphens and dots.")
                             .arg(name, c.isPrint() ? QString(c) : QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'))));
            break;
        }
    }

    // Label structure on the labels as typed: once converted, "-ü" becomes "xn----eha", which no
    // longer shows its leading hyphen.
    const QStringList typedLabels = splitLabels(name);
    for (const QString &label : typedLabels) {
        if (label.isEmpty()) {
            problems.add(QStringLiteral("DomainName.EmptyLabel"),
                         tr("The domain name \"%1\" has an empty label: it starts or ends with a dot, or has two dots "
                            "in a row. Remove the extra dot.")
                             .arg(name));
        } else if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-'))) {
            problems.add(QStringLiteral("DomainName.HyphenAtLabelEdge"),
                         tr("The label \"%1\" of the domain name \"%2\" starts or ends with a hyphen. A hyphen is "
                            "allowed only inside a label.")
                             .arg(label, name));
        }
    }
    if (!problems.empty()) {
        result.problems = problems.problems();
        return result;
    }

    QString ace;
    if (isAscii(name)) {
        ace = name.toLower();
    } else {
        ace = QString::fromLatin1(QUrl::toAce(name)).toLower();
        if (ace.isEmpty()) {
            // QUrl::toAce also fails on a label longer than 63 characters once converted; tell that
            // apart from a bad character so that the user is told which fix applies.
            const QString longLabel = labelTooLongOnceConverted(typedLabels);
            if (!longLabel.isEmpty()) {
                result.problems.append(Problem::error(
                    QStringLiteral("DomainName.LabelTooLong"), parameter,
                    tr("The label \"%1\" of the domain name \"%2\" is longer than %3 characters once converted to its "
                       "ASCII (\"xn--\") form. Shorten it.")
                        .arg(longLabel, name, QString::number(MaximumLabelLength))));
                return result;
            }
            result.problems.append(Problem::error(
                QStringLiteral("DomainName.InvalidIdn"), parameter,
                tr("The internationalised domain name \"%1\" cannot be converted to its ASCII (\"xn--\") form. "
                   "Check it for characters that are not allowed in domain names.")
                    .arg(name)));
            return result;
        }
    }

    // The converted form is checked again: IDN mapping can turn a non-ASCII character into an ASCII
    // one that is not allowed (a fullwidth low line becomes '_'), and labels grow when converted.
    for (const QString &label : ace.split(QLatin1Char('.'))) {
        if (label.isEmpty()) {
            problems.add(QStringLiteral("DomainName.EmptyLabel"),
                         tr("The domain name \"%1\" has an empty label: it starts or ends with a dot, or has two dots "
                            "in a row. Remove the extra dot.")
                             .arg(name));
            continue;
        }
        if (label.size() > MaximumLabelLength) {
            problems.add(QStringLiteral("DomainName.LabelTooLong"),
                         tr("The label \"%1\" of the domain name \"%2\" is %3 characters long; a label may have at "
                            "most %4 characters.")
                             .arg(label, name, QString::number(label.size()), QString::number(MaximumLabelLength)));
        }
        for (const QChar c : label) {
            if (!isLdh(c)) {
                problems.add(QStringLiteral("DomainName.InvalidCharacter"),
                             tr("The domain name \"%1\" becomes \"%2\" in its ASCII form, which contains the character "
                                "'%3'. Use only letters, digits, hyphens and dots.")
                                 .arg(name, ace, QString(c)));
                break;
            }
        }
        if (label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-'))) {
            problems.add(QStringLiteral("DomainName.HyphenAtLabelEdge"),
                         tr("The label \"%1\" of the domain name \"%2\" starts or ends with a hyphen. A hyphen is "
                            "allowed only inside a label.")
                             .arg(label, name));
        }
    }
    if (ace.size() > MaximumLength) {
        problems.add(QStringLiteral("DomainName.TooLong"),
                     ace == name.toLower()
                         ? tr("The domain name \"%1\" is %2 characters long; a domain name may have at most %3 "
                              "characters.")
                               .arg(name, QString::number(ace.size()), QString::number(MaximumLength))
                         : tr("The domain name \"%1\" is %2 characters long in its ASCII form \"%3\"; a domain name "
                              "may have at most %4 characters.")
                               .arg(name, QString::number(ace.size()), ace, QString::number(MaximumLength)));
    }

    result.problems = problems.problems();
    if (result.problems.isEmpty())
        result.value = ace;
    return result;
}

Parsed<QString> DomainName::parseFqdn(const QString &name, const QString &parameter)
{
    Parsed<QString> result = parse(name, parameter);
    if (!result.ok())
        return result;

    // The common case without splitting: two labels or more, the last one not all digits.
    const qsizetype lastDot = result.value->lastIndexOf(QLatin1Char('.'));
    if (lastDot >= 0) {
        for (qsizetype i = lastDot + 1; i < result.value->size(); ++i) {
            if (!result.value->at(i).isDigit())
                return result;
        }
    }

    const QStringList labels = result.value->split(QLatin1Char('.'));
    const QString &last = labels.constLast();
    bool allDigits = true;
    for (const QChar c : last)
        allDigits = allDigits && c.isDigit();

    if (labels.size() < 2 || allDigits) {
        result.problems.append(Problem::error(
            QStringLiteral("DomainName.NotFullyQualified"), parameter,
            labels.size() < 2
                ? tr("\"%1\" is not a fully qualified domain name: it needs at least two labels, such as "
                     "mail.contoso.com.")
                      .arg(name)
                : tr("\"%1\" is not a fully qualified domain name: its last label \"%2\" is all digits. Enter a name "
                     "such as mail.contoso.com, or an IP address in dotted form.")
                      .arg(name, last)));
        result.value.reset();
    }
    return result;
}
