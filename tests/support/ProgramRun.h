#pragma once

// One run of a program, as a script or a pipe runs it: arguments, standard input written and
// closed, then its exit code and both outputs. Header-only; no widgets.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct ProgramRun
{
    bool finished = false; // it ended by itself within the timeout
    int exitCode = -1;
    QString out;
    QString err;
};

inline ProgramRun runProgram(const QString &program, const QStringList &arguments, const QByteArray &input = QByteArray(),
                             const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
                             int timeout = 60000, // ms; only a hung program ever waits this long
                             const QString &workingDirectory = QString()) // empty: this process's
{
    QProcess process;
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    ProgramRun run;
    if (!process.waitForStarted(timeout))
        return run;
    process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(timeout) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}
