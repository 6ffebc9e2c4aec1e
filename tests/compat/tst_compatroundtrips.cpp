// Live round trips with the real OpenClaw 2026.9.6 (a few invocations, each 5-40 s): what ClawDesk
// writes, 2026.9.6's `config validate` accepts; what 2026.9.6 writes (`models set`, `models fallbacks
// add`), ClawDesk reads; and a config with every key of 2026.9.6's schema in the sections ClawDesk
// checks is read and edited without an error. Each function is its own CTest test.
#include "openclawrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestCompatRoundTrips : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clawdeskWritesValidate();
    void openclawWritesAreRead();
    void everySchemaKeyIsReadAndEdited();
};

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QJsonObject json(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

void TestCompatRoundTrips::initTestCase()
{
    QVERIFY2(
        OpenClawRunner::installed(),
        qPrintable(
            QStringLiteral("%1 is missing: run npm ci in tests/js/clients").arg(OpenClawRunner::binary())));
}

void TestCompatRoundTrips::clawdeskWritesValidate()
{
    CliRunner cli;
    // The seed document's own form, which 2026.9.6 rejects until doctor --fix moves the key.
    cli.writeConfig(readFile(
        QStringLiteral(TEST_DATA_DIR "/openclaw-reference/configs/3-opus-primary-minimax-fallback.json5")));
    const QList<QStringList> writes{
        {"doctor", "--fix"},
        {"models", "set", "minimax/MiniMax-M3"},
        {"models", "fallbacks", "add", "minimax/MiniMax-M2.7"},
        {"models", "fallbacks", "add", "anthropic/claude-opus-4-6"},
        {"models", "aliases", "add", "m3", "minimax/MiniMax-M3"},
        {"onboard", "--auth-choice", "lmstudio"}, // a provider block, no credential
        {"models", "set", "minimax/MiniMax-M3"},
        {"models", "fallbacks", "remove", "anthropic/claude-opus-4-6"},
    };
    for (const QStringList &arguments : writes) {
        const CliRunner::Result result = cli.run(arguments);
        QVERIFY2(result.exitCode == 0, qPrintable(arguments.join(u' ') + QStringLiteral(": ") + result.err));
    }

    const CliRunner::Result validate = OpenClawRunner(cli).run({"config", "validate"});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err + QStringLiteral("\n---\n") +
                                                QString::fromUtf8(cli.readConfig())));
}

void TestCompatRoundTrips::openclawWritesAreRead()
{
    CliRunner cli;
    cli.writeConfig(readFile(QStringLiteral(
        TEST_DATA_DIR "/openclaw-2026.9.6/configs/3-opus-primary-minimax-fallback.vars.json5")));
    const OpenClawRunner openclaw(cli);
    const CliRunner::Result set = openclaw.run({"models", "set", "minimax/MiniMax-M2.7"});
    QVERIFY2(set.exitCode == 0, qPrintable(set.out + set.err));
    const CliRunner::Result add = openclaw.run({"models", "fallbacks", "add", "minimax/MiniMax-M3"});
    QVERIFY2(add.exitCode == 0, qPrintable(add.out + add.err));

    const CliRunner::Result status = cli.run({"models", "status", "--json"});
    QVERIFY2(status.exitCode == 0, qPrintable(status.err));
    const QJsonObject facts = json(status.out);
    QCOMPARE(facts.value(u"defaultModel").toString(), QStringLiteral("minimax/MiniMax-M2.7"));
    QStringList fallbacks;
    for (const QJsonValue &value : facts.value(u"fallbacks").toArray())
        fallbacks.append(value.toString());
    QCOMPARE(fallbacks, (QStringList{"minimax/MiniMax-M2.1", "minimax/MiniMax-M3"}));
    QCOMPARE(facts.value(u"aliases").toObject().value(u"opus").toString(),
             QStringLiteral("anthropic/claude-opus-4-6"));
    // 2026.9.6 stamped its version, so ClawDesk follows its rules: nothing is filtered.
    const CliRunner::Result doctor = cli.run({"doctor"});
    QVERIFY2(doctor.out.contains(QStringLiteral("(OpenClaw 2026.9.6 (from openclaw.json))")),
             qPrintable(doctor.out));
    QStringList allowed;
    for (const QJsonValue &value : facts.value(u"allowed").toArray())
        allowed.append(value.toString());
    // 2026.9.6 migrated the map into modelPolicy.allow and kept the new primary out of it (the primary
    // is always allowed): ClawDesk reads the same list.
    QCOMPARE(allowed, (QStringList{"anthropic/claude-opus-4-6", "minimax/MiniMax-M2.1"}));
    // And ClawDesk's next edit keeps what 2026.9.6 wrote.
    QCOMPARE(cli.run({"models", "fallbacks", "add", "anthropic/claude-sonnet-4-5"}).exitCode, 0);
    QVERIFY(cli.readConfig().contains("lastTouchedVersion"));
}

void TestCompatRoundTrips::everySchemaKeyIsReadAndEdited()
{
    CliRunner cli;
    cli.writeConfig(readFile(QStringLiteral(TEST_DATA_DIR "/openclaw-2026.9.6/every-key.json5")));
    const CliRunner::Result validate = OpenClawRunner(cli).run({"config", "validate"});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));

    const CliRunner::Result list = cli.run({"models", "list"});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const CliRunner::Result doctor = cli.run({"doctor"});
    QVERIFY2(!doctor.out.contains(QStringLiteral("unknown")) &&
                 !doctor.out.contains(QStringLiteral("Unknown key")),
             qPrintable(doctor.out));
    const CliRunner::Result set = cli.run({"models", "fallbacks", "add", "minimax/MiniMax-M2.7"});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
}

QTEST_GUILESS_MAIN(TestCompatRoundTrips)
#include "tst_compatroundtrips.moc"
