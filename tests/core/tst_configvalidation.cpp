// Malformed configs: each reports OpenClaw's message with the exact file:line:column.
#include "openclawconfig.h"

#include <QTemporaryDir>
#include <QTest>

using namespace clawdesk;

class TestConfigValidation : public QObject
{
    Q_OBJECT

private slots:
    void malformed_data();
    void malformed();
    void validSeedConfigs_data();
    void validSeedConfigs();
    void unknownSectionsAreKept();
};

void TestConfigValidation::malformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // "<path>: <message> @line:column"

    QTest::addRow("json5 syntax")
        << "{ models: { mode: invalid } }"
        << "<root>: JSON5 parse failed: SyntaxError: JSON5: invalid character 'i' at 1:19 @1:19";
    QTest::addRow("unterminated object")
        << "{\n  models: {\n"
        << "<root>: JSON5 parse failed: SyntaxError: JSON5: unexpected end of input at 3:1 @3:1";
    QTest::addRow("unterminated string") << "{ agents: \"abc }"
                                         << "";
    QTest::addRow("missing comma") << "{ a: 1\n b: 2 }"
                                   << "";
    QTest::addRow("bad mode") << "{\n  models: { mode: \"mix\" },\n}"
                              << "models.mode: Invalid input @2:19";
    QTest::addRow("bad api")
        << "{ models: { providers: { minimax: { baseUrl: \"x\", api: \"anthropic\", models: [] } } } }"
        << "models.providers.minimax.api: Invalid input @1:56";
    QTest::addRow("missing baseUrl")
        << "{ models: { providers: { minimax: { models: [] } } } }"
        << "models.providers.minimax.baseUrl: Invalid input: expected string, received undefined @1:35";
    QTest::addRow("missing models")
        << "{ models: { providers: { lm: { baseUrl: \"http://x\" } } } }"
        << "models.providers.lm.models: Invalid input: expected array, received undefined @1:30";
    QTest::addRow("empty baseUrl")
        << "{ models: { providers: { lm: { baseUrl: \"\", models: [] } } } }"
        << "models.providers.lm.baseUrl: Too small: expected string to have >=1 characters @1:41";
    QTest::addRow("model missing id")
        << "{ models: { providers: { lm: { baseUrl: \"u\", models: [ { name: \"n\" } ] } } } }"
        << "models.providers.lm.models.0.id: Invalid input: expected string, received undefined @1:56";
    QTest::addRow("model unknown key") << "{ models: { providers: { lm: { baseUrl: \"u\", models: [\n  { id: "
                                          "\"a\", name: \"A\", bogus: 1 } ] } } } }"
                                       << "models.providers.lm.models.0: Unrecognized key: \"bogus\" @2:25";
    QTest::addRow("provider unknown key")
        << "{ models: { providers: { lm: { baseUrl: \"u\", models: [], key: \"k\" } } } }"
        << "models.providers.lm: Unrecognized key: \"key\" @1:58";
    QTest::addRow("models unknown key") << "{ models: { provider: {} } }"
                                        << "models: Unrecognized key: \"provider\" @1:13";
    QTest::addRow("contextWindow string") << "{ models: { providers: { lm: { baseUrl: \"u\", models: [ { id: "
                                             "\"a\", name: \"A\", contextWindow: \"big\" } ] } } } }"
                                          << "models.providers.lm.models.0.contextWindow: Invalid input: "
                                             "expected number, received string @1:93";
    QTest::addRow("contextWindow zero")
        << "{ models: { providers: { lm: { baseUrl: \"u\", models: [ { id: \"a\", name: \"A\", "
           "contextWindow: 0 } ] } } } }"
        << "models.providers.lm.models.0.contextWindow: Too small: expected number to be >0 @1:93";
    QTest::addRow("maxTokens negative")
        << "{ models: { providers: { lm: { baseUrl: \"u\", models: [ { id: \"a\", name: \"A\", maxTokens: -1 "
           "} ] } } } }"
        << "models.providers.lm.models.0.maxTokens: Too small: expected number to be >0 @1:89";
    QTest::addRow("input kind") << "{ models: { providers: { lm: { baseUrl: \"u\", models: [ { id: \"a\", "
                                   "name: \"A\", input: [\"audio\"] } ] } } } }"
                                << "models.providers.lm.models.0.input.0: Invalid input @1:86";
    QTest::addRow("cost unknown key") << "{ models: { providers: { lm: { baseUrl: \"u\", models: [ { id: "
                                         "\"a\", name: \"A\", cost: { in: 1 } } ] } } } }"
                                      << "models.providers.lm.models.0.cost: Unrecognized key: \"in\" @1:86";
    QTest::addRow("cost string")
        << "{ models: { providers: { lm: { baseUrl: \"u\", models: [ { id: \"a\", name: \"A\", cost: { "
           "input: \"15\" } } ] } } } }"
        << "models.providers.lm.models.0.cost.input: Invalid input: expected number, received string @1:93";
    QTest::addRow("authHeader string")
        << "{ models: { providers: { lm: { baseUrl: \"u\", authHeader: \"yes\", models: [] } } } }"
        << "models.providers.lm.authHeader: Invalid input: expected boolean, received string @1:58";
    QTest::addRow("headers number")
        << "{ models: { providers: { lm: { baseUrl: \"u\", headers: { x: 1 }, models: [] } } } }"
        << "models.providers.lm.headers.x: Invalid input: expected string, received number @1:60";
    QTest::addRow("providers array")
        << "{ models: { providers: [] } }"
        << "models.providers: Invalid input: expected object, received array @1:24";
    QTest::addRow("primary number")
        << "{ agents: { defaults: { model: { primary: 42 } } } }"
        << "agents.defaults.model.primary: Invalid input: expected string, received number @1:43";
    QTest::addRow("fallbacks string")
        << "{ agents: { defaults: { model: { fallbacks: \"minimax/MiniMax-M2.1\" } } } }"
        << "agents.defaults.model.fallbacks: Invalid input: expected array, received string @1:45";
    QTest::addRow("fallback item")
        << "{ agents: { defaults: { model: { fallbacks: [\"a/b\", 3] } } } }"
        << "agents.defaults.model.fallbacks.1: Invalid input: expected string, received number @1:53";
    QTest::addRow("model unknown key")
        << "{ agents: { defaults: { model: { primary: \"a/b\", fallback: [] } } } }"
        << "agents.defaults.model: Unrecognized key: \"fallback\" @1:50";
    QTest::addRow("alias number")
        << "{ agents: { defaults: { models: { \"minimax/MiniMax-M2.1\": { alias: 1 } } } } }"
        << "agents.defaults.models.minimax/MiniMax-M2.1.alias: Invalid input: expected string, received "
           "number @1:68";
    QTest::addRow("models entry unknown key")
        << "{ agents: { defaults: { models: { \"a/b\": { alias: \"x\", name: \"y\" } } } } }"
        << "agents.defaults.models.a/b: Unrecognized key: \"name\" @1:56";
    QTest::addRow("auth profile mode")
        << "{ auth: { profiles: { \"minimax:default\": { provider: \"minimax\", mode: \"key\" } } } }"
        << "auth.profiles.minimax:default.mode: Invalid input @1:71";
    QTest::addRow("auth profile provider")
        << "{ auth: { profiles: { \"m:d\": { mode: \"oauth\" } } } }"
        << "auth.profiles.m:d.provider: Invalid input: expected string, received undefined @1:30";
    QTest::addRow("plugins enabled string")
        << "{ plugins: { entries: { \"minimax-portal-auth\": { enabled: \"yes\" } } } }"
        << "plugins.entries.minimax-portal-auth.enabled: Invalid input: expected boolean, received string "
           "@1:59";
    QTest::addRow("env value number")
        << "{ env: { MINIMAX_API_KEY: 42 } }"
        << "env.MINIMAX_API_KEY: Invalid input: expected string, received number @1:27";
    QTest::addRow("env vars number") << "{ env: { vars: { A: true } } }"
                                     << "env.vars.A: Invalid input: expected string, received boolean @1:21";
    QTest::addRow("missing env var") << "{\n  models: { providers: { minimax: { baseUrl: \"u\", apiKey: "
                                        "\"${MINIMAX_NOPE}\", models: [] } } },\n}"
                                     << "<root>: Missing env var \"MINIMAX_NOPE\" referenced at config path: "
                                        "models.providers.minimax.apiKey @2:59";
    QTest::addRow("empty env var")
        << "{ env: { EMPTY_ONE: \"\" }, agents: { defaults: { model: { primary: \"${EMPTY_ONE}\" } } } }"
        << "<root>: Missing env var \"EMPTY_ONE\" referenced at config path: agents.defaults.model.primary "
           "@1:67";
    QTest::addRow("root array") << "[1, 2]"
                                << "<root>: Invalid input: expected object, received array @1:1";
}

namespace {
/// The file says 2026.1.30 wrote it last, so that release's strict rules apply. Appended before the
/// last brace, so the positions the messages name stay where they were.
QString pinnedToLegacy(const QString &text)
{
    const qsizetype close = text.lastIndexOf(QLatin1Char('}'));
    if (!text.startsWith(QLatin1Char('{')) || close < 0)
        return text;
    const QString head = text.left(close);
    const QString separator = head.trimmed().endsWith(QLatin1Char(',')) ? QString() : QStringLiteral(", ");
    return head + separator + QStringLiteral("meta: { lastTouchedVersion: \"2026.1.30\" } ") +
           text.mid(close);
}
} // namespace

void TestConfigValidation::malformed()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("openclaw.json"));
    const OpenClawConfig config = OpenClawConfig::fromText(pinnedToLegacy(text), path, {});
    QVERIFY(!config.isValid());
    QVERIFY(!config.issues().isEmpty());
    const ConfigIssue &issue = config.issues().first();
    QCOMPARE(issue.file, path);
    QVERIFY2(issue.line >= 1 && issue.column >= 1, qPrintable(issue.toString()));
    if (!expected.isEmpty())
        QCOMPARE(
            QStringLiteral("%1: %2 @%3:%4").arg(issue.path, issue.message).arg(issue.line).arg(issue.column),
            expected);
}

void TestConfigValidation::validSeedConfigs_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name :
         {"1-api-key", "2-oauth-portal", "3-opus-primary-minimax-fallback", "4-lmstudio", "5-empty"})
        QTest::addRow("%s", name)
            << QStringLiteral(TEST_DATA_DIR "/openclaw-reference/configs/%1.json5").arg(QLatin1String(name));
}

void TestConfigValidation::validSeedConfigs()
{
    QFETCH(QString, file);
    const OpenClawConfig config = OpenClawConfig::load(file, {});
    QVERIFY2(config.isValid(),
             config.issues().isEmpty() ? "" : qPrintable(config.issues().first().toString()));
}

void TestConfigValidation::unknownSectionsAreKept()
{
    // Sections ClawDesk does not read are neither judged nor lost.
    const QString text = QStringLiteral(
        "{ channels: { telegram: { whatever: [1, 2] } }, agents: { list: [ { id: \"x\" } ] } }");
    const OpenClawConfig config =
        OpenClawConfig::fromText(text, QStringLiteral("/tmp/none/openclaw.json"), {});
    QVERIFY(config.isValid());
    QCOMPARE(
        config.resolved()[QStringLiteral("channels")][QStringLiteral("telegram")][QStringLiteral("whatever")]
            .size(),
        2);
}

QTEST_GUILESS_MAIN(TestConfigValidation)
#include "tst_configvalidation.moc"
