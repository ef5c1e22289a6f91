#include "JsonLocator.h"

#include <algorithm>
#include <iterator>

namespace {
bool isJsonWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isUtf8Continuation(char c)
{
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// One open object or array while the text is walked.
struct Frame
{
    int node = 0;
    bool isObject = false;
    QString token;     // its reference token in its parent (escaped); empty for the root
    int nextIndex = 0; // arrays: index of the next element
};
} // namespace

JsonLocator::JsonLocator(const QByteArray &utf8)
    : m_text(utf8)
{
    if (m_text.startsWith("\xEF\xBB\xBF"))
        m_start = 3;
    m_lineStarts.append(0);
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (m_text.at(i) == '\n')
            m_lineStarts.append(i + 1);
    }
    index();
}

void JsonLocator::index()
{
    const qsizetype size = m_text.size();
    qsizetype pos = m_start;

    const auto skipWhitespace = [&] {
        while (pos < size && isJsonWhitespace(m_text.at(pos)))
            ++pos;
    };
    // Reads a string starting at its opening quote; leaves pos after the closing quote.
    const auto readString = [&](QString *decoded) -> bool {
        ++pos; // opening quote
        qsizetype runStart = pos;
        const auto flushRun = [&] {
            if (decoded && pos > runStart)
                decoded->append(QString::fromUtf8(m_text.constData() + runStart, pos - runStart));
        };
        while (pos < size) {
            const char c = m_text.at(pos);
            if (c == '"') {
                flushRun();
                ++pos;
                return true;
            }
            if (c != '\\') {
                ++pos;
                continue;
            }
            flushRun();
            if (pos + 1 >= size)
                return false;
            const char escaped = m_text.at(pos + 1);
            pos += 2;
            QChar character;
            switch (escaped) {
            case 'b': character = QLatin1Char('\b'); break;
            case 'f': character = QLatin1Char('\f'); break;
            case 'n': character = QLatin1Char('\n'); break;
            case 'r': character = QLatin1Char('\r'); break;
            case 't': character = QLatin1Char('\t'); break;
            case 'u': {
                if (pos + 4 > size)
                    return false;
                int code = 0;
                for (int i = 0; i < 4; ++i) {
                    const int digit = hexValue(m_text.at(pos + i));
                    if (digit < 0)
                        return false;
                    code = code * 16 + digit;
                }
                pos += 4;
                // A surrogate pair arrives as two escapes; appending both halves gives UTF-16.
                character = QChar(static_cast<char16_t>(code));
                break;
            }
            default: character = QLatin1Char(escaped); break; // '"', '\\', '/'
            }
            if (decoded)
                decoded->append(character);
            runStart = pos;
        }
        return false;
    };

    enum class State { Value, MemberOrEnd, AfterValue };
    State state = State::Value;
    QList<Frame> stack;
    // What the value about to be read hangs from.
    qsizetype keyOffset = -1;
    QString memberName; // when its parent is an object
    QString token;      // its escaped reference token

    const auto pointerOfMember = [&stack](const QString &name) {
        QString pointer;
        for (qsizetype i = 1; i < stack.size(); ++i)
            pointer += QLatin1Char('/') + stack.at(i).token;
        return child(pointer, name);
    };

    while (true) {
        skipWhitespace();
        if (pos >= size)
            return;
        const char c = m_text.at(pos);
        switch (state) {
        case State::Value: {
            const int node = static_cast<int>(m_nodes.size());
            m_nodes.append(Node{keyOffset, pos, {}, {}});
            if (!stack.isEmpty()) {
                Node &parent = m_nodes[stack.last().node];
                if (stack.last().isObject)
                    parent.members.insert(memberName, node); // a repeated key replaces the earlier one
                else
                    parent.elements.append(node);
            }
            if (c == '{' || c == '[') {
                ++pos;
                stack.append(Frame{node, c == '{', token, 0});
                if (c == '{') {
                    state = State::MemberOrEnd;
                } else {
                    skipWhitespace();
                    if (pos < size && m_text.at(pos) == ']') {
                        ++pos;
                        stack.removeLast();
                        state = State::AfterValue;
                    } else {
                        keyOffset = -1;
                        token = QString::number(stack.last().nextIndex++);
                    }
                }
            } else if (c == '"') {
                if (!readString(nullptr))
                    return;
                state = State::AfterValue;
            } else {
                // A number or a literal: up to the next structural character or whitespace.
                while (pos < size && !isJsonWhitespace(m_text.at(pos)) && m_text.at(pos) != ','
                       && m_text.at(pos) != ']' && m_text.at(pos) != '}')
                    ++pos;
                state = State::AfterValue;
            }
            break;
        }
        case State::MemberOrEnd: {
            if (c == '}') {
                ++pos;
                stack.removeLast();
                state = State::AfterValue;
                break;
            }
            if (c != '"')
                return;
            const qsizetype memberKeyOffset = pos;
            QString name;
            if (!readString(&name))
                return;
            skipWhitespace();
            if (pos >= size || m_text.at(pos) != ':')
                return;
            ++pos;
            if (m_nodes.at(stack.last().node).members.contains(name))
                m_duplicates.append(DuplicateKey{pointerOfMember(name), positionOfOffset(memberKeyOffset)});
            keyOffset = memberKeyOffset;
            memberName = name;
            token = escapeToken(name);
            state = State::Value;
            break;
        }
        case State::AfterValue: {
            if (stack.isEmpty())
                return;
            Frame &frame = stack.last();
            if (c == ',') {
                ++pos;
                if (frame.isObject) {
                    state = State::MemberOrEnd;
                } else {
                    keyOffset = -1;
                    token = QString::number(frame.nextIndex++);
                    state = State::Value;
                }
            } else if (c == (frame.isObject ? '}' : ']')) {
                ++pos;
                stack.removeLast();
            } else {
                return;
            }
            break;
        }
        }
    }
}

int JsonLocator::find(const QString &pointer) const
{
    if (m_nodes.isEmpty())
        return -1;
    int node = 0;
    if (pointer.isEmpty())
        return node;
    if (!pointer.startsWith(QLatin1Char('/')))
        return -1;
    const QStringList tokens = pointer.mid(1).split(QLatin1Char('/'));
    for (QString token : tokens) {
        const Node &current = m_nodes.at(node);
        if (!current.elements.isEmpty()) {
            // RFC 6901 array indexes: decimal digits, no leading zero.
            bool isNumber = false;
            const int index = token.toInt(&isNumber);
            if (!isNumber || index < 0 || index >= current.elements.size() || token != QString::number(index))
                return -1;
            node = current.elements.at(index);
            continue;
        }
        token.replace(QLatin1String("~1"), QLatin1String("/"));
        token.replace(QLatin1String("~0"), QLatin1String("~"));
        const auto it = current.members.constFind(token);
        if (it == current.members.constEnd())
            return -1;
        node = it.value();
    }
    return node;
}

std::optional<JsonLocator::Position> JsonLocator::value(const QString &pointer) const
{
    const int node = find(pointer);
    if (node < 0)
        return std::nullopt;
    return positionOfOffset(m_nodes.at(node).valueOffset);
}

std::optional<JsonLocator::Position> JsonLocator::key(const QString &pointer) const
{
    const int node = find(pointer);
    if (node < 0 || m_nodes.at(node).keyOffset < 0)
        return std::nullopt;
    return positionOfOffset(m_nodes.at(node).keyOffset);
}

JsonLocator::Position JsonLocator::nearestValue(const QString &pointer) const
{
    QString current = pointer;
    while (true) {
        if (const auto position = value(current))
            return *position;
        if (current.isEmpty())
            return positionOfOffset(m_start);
        current = parent(current);
    }
}

JsonLocator::Position JsonLocator::nearestKey(const QString &pointer) const
{
    if (const auto position = key(pointer))
        return *position;
    return nearestValue(pointer);
}

JsonLocator::Position JsonLocator::positionOfOffset(qsizetype byteOffset) const
{
    const qsizetype offset = std::clamp<qsizetype>(byteOffset, 0, m_text.size());
    // The last line start at or before the offset.
    const auto next = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const qsizetype lineIndex = (next - m_lineStarts.cbegin()) - 1;
    qsizetype from = m_lineStarts.at(lineIndex);
    if (lineIndex == 0)
        from = std::min(std::max(from, m_start), offset);
    int characters = 0;
    for (qsizetype i = from; i < offset; ++i) {
        if (!isUtf8Continuation(m_text.at(i)))
            ++characters;
    }
    return Position{static_cast<int>(lineIndex) + 1, characters + 1};
}

QString JsonLocator::escapeToken(const QString &token)
{
    if (!token.contains(QLatin1Char('~')) && !token.contains(QLatin1Char('/')))
        return token;
    QString escaped = token;
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    return escaped;
}

QString JsonLocator::child(const QString &parent, const QString &memberName)
{
    return parent + QLatin1Char('/') + escapeToken(memberName);
}

QString JsonLocator::child(const QString &parent, int index)
{
    // Built in one allocation: the reader makes one for every list entry it reads.
    char16_t digits[12];
    char16_t *end = digits + std::size(digits);
    char16_t *first = end;
    unsigned magnitude = index < 0 ? 0u - static_cast<unsigned>(index) : static_cast<unsigned>(index);
    do {
        *--first = static_cast<char16_t>(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude != 0);
    if (index < 0)
        *--first = u'-';
    QString path;
    path.reserve(parent.size() + 1 + (end - first));
    path.append(parent).append(QLatin1Char('/')).append(QStringView(first, end - first));
    return path;
}

QString JsonLocator::parent(const QString &pointer)
{
    const qsizetype slash = pointer.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QString() : pointer.left(slash);
}
