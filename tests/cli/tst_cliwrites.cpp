// The write commands of spec §4.4 replayed on a commented seed config: every output line and
// exit code as recorded in tests/data/cli-expected/writes.transcript, and the final file
// byte for byte (comments, `${VAR}` and layout kept). Broken configs are never written.
#include "clirunner.h"

#include <QTest>

class TestCliWrites : public QObject
{
    Q_OBJECT

private slots:
    void transcript();
    void brokenConfigIsNeverWritten_data();
    void brokenConfigIsNeverWritten();
    void helpOnEveryCommand_data();
    void helpOnEveryCommand();
};

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

} // namespace

void TestCliWrites::transcript()
{
    CliRunner cli;
    cli.writeConfig(readFile(QStringLiteral(TEST_DATA_DIR "/cli-expected/writes-start.json5")));
    const QStringList lines =
        QString::fromUtf8(readFile(QStringLiteral(TEST_DATA_DIR "/cli-expected/writes.transcript")))
            .split(QLatin1Char('\n'));
    int steps = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).startsWith(QStringLiteral("$ clawdesk ")))
            continue;
        const QStringList arguments = lines.at(i).mid(11).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList expected;
        int expectedExit = -1;
        for (++i; i < lines.size(); ++i) {
            if (lines.at(i).startsWith(QStringLiteral("[exit "))) {
                expectedExit = lines.at(i).mid(6).chopped(1).toInt();
                break;
            }
            expected.append(lines.at(i));
        }
        const CliRunner::Result result = cli.run(arguments);
        const QString output = result.exitCode == 0 ? result.out + result.err : result.err + result.out;
        QCOMPARE(output, expected.join(QLatin1Char('\n')) + QLatin1Char('\n'));
        QCOMPARE(result.exitCode, expectedExit);
        ++steps;
    }
    QCOMPARE(steps, 23);
    QCOMPARE(QString::fromUtf8(cli.readConfig()),
             QString::fromUtf8(readFile(QStringLiteral(TEST_DATA_DIR "/cli-expected/writes-end.json5"))));
}

void TestCliWrites::brokenConfigIsNeverWritten_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("problem");
    QTest::addRow("syntax")
        << QByteArray("{\n  agents: { defaults: { model: { primary: 'a/b' } },\n")
        << "- <root>: JSON5 parse failed: SyntaxError: JSON5: unexpected end of input at 3:1";
    QTest::addRow("bad api") << QByteArray("{\n  models: { providers: { minimax: { baseUrl: 'u', api: "
                                           "'anthropic', models: [] } } },\n}\n")
                             << "- models.providers.minimax.api: Invalid input";
    QTest::addRow("missing env var")
        << QByteArray("{ models: { providers: { m: { baseUrl: '${NOPE_KEY}', models: [] } } } }")
        << "- <root>: Missing env var \"NOPE_KEY\" referenced at config path: models.providers.m.baseUrl";
    QTest::addRow("unknown key")
        << QByteArray("{ agents: { defaults: { model: { primary: 'a/b', fallback: [] } } } }")
        << "- agents.defaults.model: Unrecognized key: \"fallback\"";
}

void TestCliWrites::brokenConfigIsNeverWritten()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, problem);
    CliRunner cli;
    cli.writeConfig(config);
    for (const QStringList &arguments :
         {QStringList{"models", "set", "minimax/MiniMax-M2.1"},
          QStringList{"models", "fallbacks", "add", "a/b"}, QStringList{"models", "list"}}) {
        const CliRunner::Result result = cli.run(arguments);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.startsWith(QStringLiteral("Invalid config at %1:\n").arg(cli.configPath())),
                 qPrintable(result.err));
        QVERIFY2(result.err.contains(problem + QStringLiteral(" (") + cli.configPath() + QLatin1Char(':')),
                 qPrintable(result.err));
        QCOMPARE(cli.readConfig(), config);
        QVERIFY(!QFile::exists(cli.configPath() + QStringLiteral(".bak")));
    }
}

void TestCliWrites::helpOnEveryCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("usage");
    QTest::addRow("main") << QStringList{"--help"} << "Usage: clawdesk [command] [options]";
    QTest::addRow("models") << QStringList{"models", "--help"} << "Usage: clawdesk models [command]";
    QTest::addRow("list") << QStringList{"models", "list", "--help"}
                          << "Usage: clawdesk models list [options]";
    QTest::addRow("status") << QStringList{"models", "status", "-h"}
                            << "Usage: clawdesk models status [options]";
    QTest::addRow("set") << QStringList{"models", "set", "--help"}
                         << "Usage: clawdesk models set [options] <model>";
    QTest::addRow("aliases") << QStringList{"models", "aliases"}
                             << "Usage: clawdesk models aliases [command]";
    QTest::addRow("aliases add") << QStringList{"models", "aliases", "add", "--help"}
                                 << "Usage: clawdesk models aliases add [options] <alias> <model>";
    QTest::addRow("fallbacks clear") << QStringList{"models", "fallbacks", "clear", "--help"}
                                     << "Usage: clawdesk models fallbacks clear [options]";
    QTest::addRow("plugins") << QStringList{"plugins", "--help"} << "Usage: clawdesk plugins [command]";
    QTest::addRow("plugins enable") << QStringList{"plugins", "enable", "--help"}
                                    << "Usage: clawdesk plugins enable [options] <id>";
}

void TestCliWrites::helpOnEveryCommand()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, usage);
    CliRunner cli;
    const CliRunner::Result result = cli.run(arguments);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(usage), qPrintable(result.out));
    QCOMPARE(result.err, QString());
}

QTEST_GUILESS_MAIN(TestCliWrites)
#include "tst_cliwrites.moc"
