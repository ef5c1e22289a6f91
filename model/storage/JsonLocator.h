#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Finds where the values and keys of a JSON text are, by JSON pointer (RFC 6901), so that
// messages about a parsed document can give a line and column.
//
// Positions are 1-based. Lines end at '\n' only (a '\r' before it belongs to the line it ends).
// Columns count characters (Unicode code points), not bytes, so that they match what an editor
// shows for non-ASCII text; a tab counts as one column; a UTF-8 byte order mark is not counted.
// A value's position is its first character ('{', '[', '"', a digit, '-', 't', 'f' or 'n'); a
// key's position is the opening quote of the member name.
//
// The text is expected to be valid JSON (check it with a real parser first); on malformed text
// the locator indexes what it can read before the fault and never fails. When an object repeats
// a key, the last occurrence is the one indexed (as nlohmann::json keeps the last value) and the
// later occurrences are listed by duplicateKeys().
class JsonLocator
{
public:
    struct Position
    {
        int line = 0;   // 1-based; 0 when unknown
        int column = 0; // 1-based, in characters

        bool isValid() const { return line > 0; }
        friend bool operator==(const Position &a, const Position &b)
        {
            return a.line == b.line && a.column == b.column;
        }
        friend bool operator!=(const Position &a, const Position &b) { return !(a == b); }
    };

    // A key that appears more than once in one object: the member's pointer and where the
    // repeated (later) key is.
    struct DuplicateKey
    {
        QString pointer;
        Position position;
    };

    explicit JsonLocator(const QByteArray &utf8);

    // The position of the value at `pointer` ("" is the whole document, "/Servers/0/Name" a
    // member of an element), or std::nullopt when the document has no such value.
    std::optional<Position> value(const QString &pointer) const;

    // The position of the key of the object member at `pointer`, or std::nullopt when the
    // pointer does not name an existing object member (array elements and the root have no key).
    std::optional<Position> key(const QString &pointer) const;

    // The value at `pointer` or, when it does not exist (a missing key, for instance), its nearest
    // existing ancestor: always a position, at worst the start of the document.
    Position nearestValue(const QString &pointer) const;

    // The key at `pointer` when there is one, otherwise nearestValue(pointer).
    Position nearestKey(const QString &pointer) const;

    // The position of a byte offset into the text (0-based; an offset at or past the end gives
    // the position just after the last character). Works on any text, valid JSON or not.
    Position positionOfOffset(qsizetype byteOffset) const;

    QList<DuplicateKey> duplicateKeys() const { return m_duplicates; }

    // RFC 6901: one reference token escaped ("~" -> "~0", "/" -> "~1"), and a pointer built from
    // a parent pointer and a member name or an array index.
    static QString escapeToken(const QString &token);
    static QString child(const QString &parent, const QString &memberName);
    static QString child(const QString &parent, int index);
    // The pointer without its last reference token ("" stays "").
    static QString parent(const QString &pointer);

private:
    // One value of the document: where it and its key are, and its members or elements. A tree
    // (rather than a table keyed by pointer) keeps indexing linear however deep the nesting.
    struct Node
    {
        qsizetype keyOffset = -1; // -1: no key (array element or root)
        qsizetype valueOffset = -1;
        QHash<QString, int> members; // objects: member name -> node
        QList<int> elements;         // arrays: element nodes
    };

    void index();
    int find(const QString &pointer) const; // node index, or -1

    QByteArray m_text;
    qsizetype m_start = 0;         // 3 when the text starts with a byte order mark
    QList<qsizetype> m_lineStarts; // byte offset of the first byte of each line
    QList<Node> m_nodes;           // m_nodes[0] is the root value, when there is one
    QList<DuplicateKey> m_duplicates;
};
