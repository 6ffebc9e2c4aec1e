// The `models` write commands in the sequence OpenClaw 2026.1.30 was run through (set, aliases,
// fallbacks, then `set` of the removed alias, which becomes a bare id), plus a few error cases, replayed
// on a commented seed config: every output line and exit code as recorded in
// tests/data/cli-expected/writes.transcript, and the final file byte for byte (comments, `${VAR}` and
// layout kept). A config that does not parse is never written; one with a problem elsewhere still
// takes an edit of an unrelated value.
#include "clirunner.h"

#include <QTest>

class TestCliWrites : public QObject
{
    Q_OBJECT

private slots:
    void transcript();
    void brokenConfigIsNeverWritten();
    void problemsElsewhereDoNotBlockEdits_data();
    void problemsElsewhereDoNotBlockEdits();
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
    // An auth-profiles.json marks an OpenClaw 2026.1.30 install, whose rules the transcript records.
    cli.writeFile(cli.agentDir() + QStringLiteral("/auth-profiles.json"),
                  "{\"version\":1,\"profiles\":{}}\n");
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

void TestCliWrites::brokenConfigIsNeverWritten()
{
    const QByteArray config("{\n  agents: { defaults: { model: { primary: 'a/b' } },\n");
    const QString problem =
        QStringLiteral("- <root>: JSON5 parse failed: SyntaxError: JSON5: unexpected end of input at 3:1");
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

void TestCliWrites::problemsElsewhereDoNotBlockEdits_data()
{
    // Written by 2026.1.30 (its strict rules apply), each with a problem away from the model.
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("problem");
    QTest::addRow("bad api") << QByteArray("{\n  models: { providers: { minimax: { baseUrl: 'u', api: "
                                           "'anthropic', models: [] } } },\n  meta: { lastTouchedVersion: "
                                           "'2026.1.30' },\n}\n")
                             << "- models.providers.minimax.api: Invalid input";
    QTest::addRow("missing env var")
        << QByteArray("{ models: { providers: { m: { baseUrl: '${NOPE_KEY}', models: [] } } } }")
        << "- <root>: Missing env var \"NOPE_KEY\" referenced at config path: models.providers.m.baseUrl";
    QTest::addRow("unknown key")
        << QByteArray("{ agents: { defaults: { model: { primary: 'a/b', fallback: [] } } }, "
                      "meta: { lastTouchedVersion: '2026.1.30' } }")
        << "- agents.defaults.model: Unrecognized key: \"fallback\"";
}

void TestCliWrites::problemsElsewhereDoNotBlockEdits()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, problem);
    CliRunner cli;
    cli.writeConfig(config);
    const CliRunner::Result list = cli.run({"models", "list"});
    QCOMPARE(list.exitCode, 1);
    QVERIFY2(list.err.contains(problem + QStringLiteral(" (") + cli.configPath() + QLatin1Char(':')),
             qPrintable(list.err));
    const CliRunner::Result set = cli.run({"models", "set", "minimax/MiniMax-M2.1"});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const QByteArray after = cli.readConfig();
    QVERIFY(after.contains("minimax/MiniMax-M2.1"));
    // The problem stays where it was: only the edited value changed.
    QCOMPARE(cli.run({"models", "list"}).exitCode, 1);
    QCOMPARE(QFile(cli.configPath() + QStringLiteral(".bak")).exists(), true);
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
