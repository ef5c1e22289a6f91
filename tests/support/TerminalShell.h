#pragma once

// A program on a pseudo-terminal, as an administrator at a terminal runs it: standard input,
// output and error are the terminal, so the shell shows its prompts, reads passwords without
// echo, and Ctrl+C typed there reaches it as SIGINT. Header-only; Linux (forkpty).

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <vector>

#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

class TerminalShell
{
public:
    static constexpr int DefaultTimeout = 60000; // ms; only a hung program ever waits this long

    TerminalShell(const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
    {
        QList<QByteArray> bytes{program.toLocal8Bit()};
        for (const QString &argument : arguments)
            bytes.append(argument.toLocal8Bit());
        std::vector<char *> argv;
        for (QByteArray &b : bytes)
            argv.push_back(b.data());
        argv.push_back(nullptr);
        QList<QByteArray> env;
        for (const QString &entry : environment.toStringList())
            env.append(entry.toLocal8Bit());
        std::vector<char *> envp;
        for (QByteArray &e : env)
            envp.push_back(e.data());
        envp.push_back(nullptr);
        m_pid = forkpty(&m_master, nullptr, nullptr, nullptr);
        if (m_pid == 0) {
            execve(argv.front(), argv.data(), envp.data());
            _exit(127);
        }
    }
    ~TerminalShell()
    {
        if (m_pid > 0 && !m_exited) {
            kill(m_pid, SIGKILL);
            waitpid(m_pid, nullptr, 0);
        }
        if (m_master >= 0)
            close(m_master);
    }
    TerminalShell(const TerminalShell &) = delete;
    TerminalShell &operator=(const TerminalShell &) = delete;

    bool started() const { return m_pid > 0 && m_master >= 0; }
    pid_t pid() const { return m_pid; }

    // Types `keys` at the terminal ("\x03" is Ctrl+C, "\x04" Ctrl+D); false when it could not.
    [[nodiscard]] bool type(const QByteArray &keys)
    {
        return write(m_master, keys.constData(), size_t(keys.size())) == keys.size();
    }

    // Reads until `text` appears after what earlier waits consumed; false when the program ends
    // or stays silent first. The terminal's "\r\n" is read as "\n".
    bool waitFor(const QString &text, int timeout = DefaultTimeout)
    {
        QDeadlineTimer deadline(timeout);
        for (;;) {
            const qsizetype at = m_output.indexOf(text, m_consumed);
            if (at >= 0) {
                m_consumed = at + text.size();
                return true;
            }
            pollfd fd{m_master, POLLIN, 0};
            if (poll(&fd, 1, int(deadline.remainingTime())) <= 0)
                return false;
            char buffer[4096];
            const ssize_t n = read(m_master, buffer, sizeof buffer);
            if (n <= 0)
                return false; // the program has ended (EIO)
            m_output += QString::fromUtf8(buffer, n).remove(QLatin1Char('\r'));
        }
    }

    // Whether the terminal echoes what is typed (the shell switches it off for passwords).
    bool echoes() const
    {
        termios settings{};
        return tcgetattr(m_master, &settings) == 0 && (settings.c_lflag & ECHO);
    }

    // The exit status once the program has ended, -1 if it did not end normally.
    int exitCode()
    {
        while (waitFor(QStringLiteral("\x01never\x01"))) { } // drains the output until the end
        int status = 0;
        if (waitpid(m_pid, &status, 0) != m_pid)
            return -1;
        m_exited = true;
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }

    QString output() const { return m_output; }

private:
    pid_t m_pid = -1;
    int m_master = -1;
    bool m_exited = false;
    QString m_output;
    qsizetype m_consumed = 0;
};
