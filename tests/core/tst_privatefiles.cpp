// Files with secrets or usage are owner-only: created so by the real binary, and repaired (with a
// note) when an older version or another program left them readable.
#include "clirunner.h"

#include <QTest>

#include <sys/stat.h>

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void newSettingsAreOwnerOnly();
    void readableFilesAreRepairedAtStartUp();
};

namespace {

uint modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0xFFFF;
    return info.st_mode & 07777;
}

} // namespace

void TestPrivateFiles::newSettingsAreOwnerOnly()
{
    CliRunner cli;
    const CliRunner::Result result = cli.run({QStringLiteral("gateway"), QStringLiteral("token")});
    QCOMPARE(result.exitCode, 0);
    const QString settings = cli.home() + QStringLiteral("/.config/ClawDesk/ClawDesk.conf");
    QVERIFY(QFile::exists(settings));
    QCOMPARE(modeOf(settings), 0600u);
    QCOMPARE(modeOf(QFileInfo(settings).absolutePath()), 0700u);
    QVERIFY(result.err.isEmpty());
}

void TestPrivateFiles::readableFilesAreRepairedAtStartUp()
{
    CliRunner cli;
    const QString settings = cli.home() + QStringLiteral("/.config/ClawDesk/ClawDesk.conf");
    const QString ledger = cli.home() + QStringLiteral("/.local/share/ClawDesk/ClawDesk/usage.sqlite");
    const QString state = cli.home() + QStringLiteral("/.local/state/ClawDesk/gateway.json");
    cli.writeFile(settings, "[gateway]\ntoken=cd-0123456789abcdef0123456789abcdef0123456789abcdef\n");
    cli.writeFile(ledger, QByteArray());
    cli.writeFile(ledger + QStringLiteral("-wal"), QByteArray());
    cli.writeFile(state, "{}");
    for (const QString &path : {settings, ledger, ledger + QStringLiteral("-wal"), state})
        QCOMPARE(::chmod(QFile::encodeName(path).constData(), 0644), 0);
    QCOMPARE(::chmod(QFile::encodeName(QFileInfo(settings).absolutePath()).constData(), 0755), 0);

    const CliRunner::Result result = cli.run({QStringLiteral("models"), QStringLiteral("list")});
    QCOMPARE(result.exitCode, 0);
    for (const QString &path : {settings, ledger, ledger + QStringLiteral("-wal"), state})
        QCOMPARE(modeOf(path), 0600u);
    QCOMPARE(modeOf(QFileInfo(settings).absolutePath()), 0700u);
    QVERIFY2(
        result.err.contains(QStringLiteral("~/.config/ClawDesk/ClawDesk.conf was readable by other users "
                                           "(0644); now 0600")),
        qPrintable(result.err));
    QVERIFY(!result.err.contains(QStringLiteral("cd-0123")));

    // Once repaired, nothing more is said.
    QVERIFY(cli.run({QStringLiteral("models"), QStringLiteral("list")}).err.isEmpty());
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
