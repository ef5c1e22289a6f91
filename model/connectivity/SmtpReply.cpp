#include "SmtpReply.h"

#include <QStringDecoder>

void SmtpReplyReader::reset()
{
    m_code = 0;
    m_size = 0;
    m_lines.clear();
    m_raw.clear();
    m_state = State::Incomplete;
}

SmtpReplyReader::State SmtpReplyReader::feed(QByteArray &buffer)
{
    while (m_state == State::Incomplete) {
        const qsizetype end = buffer.indexOf('\n');
        if (end < 0) {
            if (buffer.size() > MaxLineLength)
                m_state = State::TooLong;
            break;
        }
        if (end + 1 > MaxLineLength) {
            m_state = State::TooLong;
            break;
        }
        QByteArray line = buffer.left(end);
        buffer.remove(0, end + 1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (m_raw.size() + 1 > MaxLines || m_size + line.size() + 2 > MaxReplySize) {
            m_state = State::TooLong;
            break;
        }
        m_size += int(line.size()) + 2;
        m_raw.append(line);
        bool ok = false;
        const int code = line.left(3).toInt(&ok);
        const char separator = line.size() > 3 ? line.at(3) : ' ';
        if (line.size() < 3 || !ok || code < 200 || code > 599 || (separator != ' ' && separator != '-')
            || (m_code != 0 && code != m_code)) {
            m_state = State::Malformed;
            break;
        }
        m_code = code;
        m_lines.append(line.mid(4));
        if (separator == ' ')
            m_state = State::Complete;
    }
    return m_state;
}

QString SmtpReplyReader::text() const
{
    QStringList lines;
    for (const QByteArray &line : m_raw)
        lines.append(printable(line));
    return lines.join(QLatin1Char('\n'));
}

QString SmtpReplyReader::printable(const QByteArray &bytes)
{
    QString text = QStringDecoder(QStringDecoder::Utf8).decode(bytes);
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            c = QChar::ReplacementCharacter;
    }
    return text;
}
