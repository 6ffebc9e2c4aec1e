// The rules that follow the user's OpenClaw release: validation that never rejects what 2026.9.6
// accepts (and names unknown keys without their values), era findings and their fixes, the allowlist
// (modelPolicy with wildcards vs the legacy map), fallback filtering, defaults and the MiniMax catalog.
#include "builtincatalog.h"
#include "configfindings.h"
#include "configsnapshot.h"
#include "configvalidator.h"
#include "modelseditor.h"

#include <QTemporaryDir>
#include <QTest>

using namespace clawdesk;

class TestEraRules : public QObject
{
    Q_OBJECT

private slots:
    void currentAcceptsNewKeys();
    void strictOnlyWhereTheReleaseIsKnown();
    void unknownKeysNameThePathNotTheValue();
    void findingsAndFixes();
    void findingsFollowTheRelease();
    void modelPolicyAllowlist_data();
    void modelPolicyAllowlist();
    void fallbacksFilteredOnlyForLegacy();
    void allowingAModelFollowsTheRelease();
    void defaultsFollowTheRelease();
    void catalogOfEachRelease();
    void agentEntriesAreRead();

private:
    ConfigSnapshotPtr snapshot(const QString &text, const OpenClawRelease &release,
                               const Environment &env = {})
    {
        const ConfigPaths paths = ConfigPaths::resolve({}, m_home.path());
        OpenClawConfig config = OpenClawConfig::fromText(text, paths.configPath, env);
        return ConfigSnapshot::create(std::move(config), paths, release);
    }
    static QStringList keys(const QList<ModelRef> &refs)
    {
        QStringList list;
        for (const ModelRef &ref : refs)
            list.append(ref.key());
        return list;
    }
    QTemporaryDir m_home;
    const OpenClawRelease m_legacy{OpenClawRelease::Era::Legacy, QStringLiteral("2026.1.30"),
                                   OpenClawRelease::Source::InstalledCli};
    const OpenClawRelease m_current{OpenClawRelease::Era::Current, QStringLiteral("2026.9.6"),
                                    OpenClawRelease::Source::InstalledCli};
};

namespace {

// Keys 2026.9.6 accepts that 2026.1.30's set lacks, inside the checked sections.
const char *const NewKeys = R"({
  models: {
    providers: {
      local: {
        baseUrl: "http://127.0.0.1:11434", api: "ollama", timeoutSeconds: 120,
        models: [ { id: "m", name: "M", contextTokens: 32000, compat: { codeMode: "preferred" } } ],
      },
    },
  },
  agents: {
    defaults: {
      model: "local/m",
      models: { "local/m": { alias: "m", streaming: false } },
      modelPolicy: { allow: ["local/*"] },
    },
  },
  auth: { profiles: { "minimax:global": { provider: "minimax", mode: "api_key", displayName: "Work" } } },
})";

} // namespace

void TestEraRules::currentAcceptsNewKeys()
{
    const JsonValue config = Json5Document::parse(QString::fromLatin1(NewKeys)).value();
    QVERIFY(ConfigValidator::validate(config, m_current).isEmpty());
    QVERIFY(ConfigValidator::unknownKeys(config).isEmpty());
    // A release only guessed from its files is never held to 2026.1.30's strictness.
    const OpenClawRelease guessed{OpenClawRelease::Era::Legacy, {}, OpenClawRelease::Source::StateFiles};
    QVERIFY(ConfigValidator::validate(config, guessed).isEmpty());
    // And the loader (no version in the file) accepts it, so edits go through.
    QTemporaryDir dir;
    const OpenClawConfig loaded = OpenClawConfig::fromText(QString::fromLatin1(NewKeys),
                                                           dir.filePath(QStringLiteral("openclaw.json")), {});
    QVERIFY2(loaded.isValid(),
             loaded.issues().isEmpty() ? "" : qPrintable(loaded.issues().first().toString()));
}

void TestEraRules::strictOnlyWhereTheReleaseIsKnown()
{
    const JsonValue config = Json5Document::parse(QString::fromLatin1(NewKeys)).value();
    const ConfigIssues issues = ConfigValidator::validate(config, m_legacy);
    QStringList paths;
    for (const ConfigIssue &issue : issues)
        paths.append(issue.path);
    QVERIFY2(paths.contains(QStringLiteral("models.providers.local")), qPrintable(paths.join(u',')));
    QVERIFY(paths.contains(QStringLiteral("models.providers.local.api")));
    QVERIFY(paths.contains(QStringLiteral("auth.profiles.minimax:global")));
}

void TestEraRules::unknownKeysNameThePathNotTheValue()
{
    const QString secret = QStringLiteral("sk-secret-must-not-show-0001");
    const JsonValue config =
        Json5Document::parse(QStringLiteral("{ models: { providers: { p: { baseUrl: \"u\", token: \"%1\", "
                                            "api: \"%1\", models: [] } } }, env: { vars: { A: \"b\" } } }")
                                 .arg(secret))
            .value();
    const ConfigIssues unknown = ConfigValidator::unknownKeys(config);
    QCOMPARE(unknown.size(), 2);
    QCOMPARE(unknown.at(0).path, QStringLiteral("models.providers.p.token"));
    QCOMPARE(unknown.at(1).path, QStringLiteral("models.providers.p.api"));
    for (const ConfigIssue &issue : unknown)
        QVERIFY(!issue.message.contains(secret) && !issue.path.contains(secret));
    // Not errors: the file stays editable.
    QVERIFY(ConfigValidator::validate(config, m_current).isEmpty());
    for (const ConfigFinding &finding : ConfigFindings::find(config, m_current))
        QVERIFY(!finding.message.contains(secret));
}

void TestEraRules::findingsAndFixes()
{
    const QString text =
        QStringLiteral("{\n"
                       "  // my keys\n"
                       "  env: { MINIMAX_API_KEY: \"${HOST_KEY}\", vars: { OTHER: \"x\" } },\n"
                       "  plugins: { entries: { \"minimax-portal-auth\": { enabled: true } } },\n"
                       "  agents: { entries: { main: { default: true, name: \"Main\" } } },\n"
                       "}\n");
    Json5Document document = Json5Document::parse(text);
    const QList<ConfigFinding> findings = ConfigFindings::find(document.value(), m_current);
    QStringList ids;
    for (const ConfigFinding &finding : findings) {
        ids.append(finding.id);
        QVERIFY(!finding.fixLabel.isEmpty());
    }
    QCOMPARE(ids, (QStringList{"env-vars:MINIMAX_API_KEY", "stale-plugin:minimax-portal-auth",
                               "retired-agent-default:main"}));
    QCOMPARE(findings.first().path, QStringLiteral("env.MINIMAX_API_KEY"));
    QCOMPARE(findings.first().severity, ConfigFinding::Severity::Error);
    QString error;
    for (const QString &id : ids)
        QVERIFY2(ConfigFindings::applyFix(document, id, m_current, &error), qPrintable(error));
    const QString fixed = document.text();
    QVERIFY(fixed.contains(QStringLiteral("// my keys")));
    QVERIFY2(fixed.contains(QStringLiteral("MINIMAX_API_KEY: \"${HOST_KEY}\"")),
             qPrintable(fixed)); // reference kept
    const JsonValue &root = document.value();
    QCOMPARE(
        root[QStringLiteral("env")][QStringLiteral("vars")][QStringLiteral("MINIMAX_API_KEY")].toString(),
        QStringLiteral("${HOST_KEY}"));
    QVERIFY(!root[QStringLiteral("env")].contains(QStringLiteral("MINIMAX_API_KEY")));
    QVERIFY(!root[QStringLiteral("plugins")][QStringLiteral("entries")].contains(
        QStringLiteral("minimax-portal-auth")));
    QCOMPARE(root[QStringLiteral("agents")][QStringLiteral("entries")][QStringLiteral("main")]
                 [QStringLiteral("name")]
                     .toString(),
             QStringLiteral("Main"));
    QVERIFY(ConfigFindings::find(document.value(), m_current).isEmpty());
    QVERIFY(!ConfigFindings::applyFix(document, ids.first(), m_current, &error));
}

void TestEraRules::findingsFollowTheRelease()
{
    const JsonValue config =
        Json5Document::parse(QStringLiteral("{ env: { MINIMAX_API_KEY: \"k\" }, plugins: { entries: { "
                                            "\"minimax-portal-auth\": { enabled: true } } } }"))
            .value();
    QVERIFY(ConfigFindings::find(config, m_legacy).isEmpty()); // 2026.1.30 reads both forms and the plugin
    QCOMPARE(ConfigFindings::find(config, m_current).size(), 2);
}

void TestEraRules::modelPolicyAllowlist_data()
{
    QTest::addColumn<QString>("agents");
    QTest::addColumn<QString>("meta");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("allowed");
    QTest::addColumn<QStringList>("refused");
    const QString legacyMap = QStringLiteral("defaults: { models: { \"minimax/MiniMax-M2.1\": {} } }");
    QTest::addRow("defaults with wildcard")
        << "defaults: { modelPolicy: { allow: [\"anthropic/*\", \"minimax/MiniMax-M3\"] } }"
        << ""
        << "agents.defaults.modelPolicy.allow"
        << QStringList{"anthropic/claude-sonnet-4-5", "minimax/MiniMax-M3"}
        << QStringList{"minimax/MiniMax-M2.7"};
    QTest::addRow("agent before defaults")
        << "defaults: { modelPolicy: { allow: [\"anthropic/*\"] } }, entries: { main: { modelPolicy: { "
           "allow: "
           "[\"minimax/*\"] } } }"
        << ""
        << "agents.entries.main.modelPolicy.allow" << QStringList{"minimax/MiniMax-M2.7"}
        << QStringList{"anthropic/claude-sonnet-4-5"};
    QTest::addRow("legacy map before migration")
        << legacyMap << ""
        << "agents.defaults.models" << QStringList{"minimax/MiniMax-M2.1"}
        << QStringList{"anthropic/claude-sonnet-4-5"};
    QTest::addRow("legacy map after migration")
        << legacyMap << "meta: { migrations: { modelPolicyAllowlist: true } },"
        << "" << QStringList{"minimax/MiniMax-M2.1", "anthropic/claude-sonnet-4-5"} << QStringList{};
}

void TestEraRules::modelPolicyAllowlist()
{
    QFETCH(QString, agents);
    QFETCH(QString, meta);
    QFETCH(QString, source);
    QFETCH(QStringList, allowed);
    QFETCH(QStringList, refused);
    const auto s = snapshot(QStringLiteral("{ %1 agents: { %2 } }").arg(meta, agents), m_current,
                            Environment{{QStringLiteral("MINIMAX_API_KEY"), QStringLiteral("k")}});
    const ModelSelection &selection = s->selection();
    QCOMPARE(selection.allowlistSource(), source);
    for (const QString &key : allowed)
        QVERIFY2(selection.isAllowed(*ModelRef::parse(key)), qPrintable(key));
    for (const QString &key : refused)
        QVERIFY2(!selection.isAllowed(*ModelRef::parse(key)), qPrintable(key));
}

void TestEraRules::fallbacksFilteredOnlyForLegacy()
{
    const QString text = QStringLiteral(
        "{ agents: { defaults: { models: { \"anthropic/claude-opus-4-6\": {} }, model: { primary: "
        "\"anthropic/claude-opus-4-6\", fallbacks: [\"anthropic/claude-sonnet-4-5\", "
        "\"anthropic/claude-sonnet-4-5\", "
        "\"anthropic/claude-haiku-4-5\"] } } } }");
    const ModelRef opus = *ModelRef::parse(QStringLiteral("anthropic/claude-opus-4-6"));
    const auto legacy = snapshot(text, m_legacy);
    QCOMPARE(keys(legacy->selection().candidates(opus)), QStringList{"anthropic/claude-opus-4-6"});
    QCOMPARE(legacy->selection().droppedFallbacks().size(), 3);
    const auto current = snapshot(text, m_current);
    QCOMPARE(keys(current->selection().candidates(opus)),
             (QStringList{"anthropic/claude-opus-4-6", "anthropic/claude-sonnet-4-5",
                          "anthropic/claude-haiku-4-5"}));
    QVERIFY(current->selection().droppedFallbacks().isEmpty()); // so the GUI warns about none
}

void TestEraRules::allowingAModelFollowsTheRelease()
{
    // As 2026.9.6's own `models set` does (tst_compatroundtrips): a map entry, modelPolicy untouched.
    QString error;
    for (const OpenClawRelease &release : {m_legacy, m_current}) {
        Json5Document document = Json5Document::parse(
            QStringLiteral("{ agents: { defaults: { modelPolicy: { allow: [\"anthropic/*\"] } } } }"));
        QVERIFY(ModelsEditor::allowModel(document, QStringLiteral("minimax/MiniMax-M3"), release, &error));
        const JsonValue &defaults = document.value()[QStringLiteral("agents")][QStringLiteral("defaults")];
        QVERIFY(defaults[QStringLiteral("models")].contains(QStringLiteral("minimax/MiniMax-M3")));
        QCOMPARE(defaults[QStringLiteral("modelPolicy")][QStringLiteral("allow")].size(), 1);
    }
}

void TestEraRules::defaultsFollowTheRelease()
{
    QCOMPARE(snapshot(QStringLiteral("{}"), m_current)->selection().primary().key(),
             QStringLiteral("openai/gpt-6-astra"));
    QCOMPARE(snapshot(QStringLiteral("{}"), m_legacy)->selection().primary().key(),
             QStringLiteral("anthropic/claude-opus-4-5"));
    QCOMPARE(snapshot(QStringLiteral("{}"), m_current)->selection().defaultModelNote(),
             QStringLiteral("No default model set: OpenClaw 2026.9.6 uses openai/gpt-6-astra."));
    const auto bare =
        snapshot(QStringLiteral("{ agents: { defaults: { model: { primary: \"gpt-6\" } } } }"), m_current);
    QCOMPARE(bare->selection().primary().key(), QStringLiteral("openai/gpt-6"));
    QVERIFY(bare->selection().primaryWarning().contains(QStringLiteral("\"openai/gpt-6\"")));
    QVERIFY(bare->selection().defaultModelNote().isEmpty());
}

void TestEraRules::catalogOfEachRelease()
{
    const Environment env{{QStringLiteral("MINIMAX_API_KEY"), QStringLiteral("k")}};
    const auto current = snapshot(QStringLiteral("{}"), m_current, env);
    for (const char *provider : {"minimax", "minimax-portal"}) {
        const ProviderInfo *p = current->registry().provider(QLatin1String(provider));
        QVERIFY2(p, provider);
        const ModelInfo *m3 = p->findModel(QStringLiteral("MiniMax-M3"));
        QVERIFY(m3);
        QCOMPARE(m3->contextWindow, qint64(1000000));
        QCOMPARE(m3->input, (QStringList{"text", "image"}));
        QCOMPARE(m3->cost, (ModelCost{0.6, 2.4, 0.12, 0}));
        QCOMPARE(p->findModel(QStringLiteral("MiniMax-M2.7"))->contextWindow, qint64(204800));
        QCOMPARE(p->findModel(QStringLiteral("MiniMax-M2.7"))->cost, (ModelCost{0.3, 1.2, 0.06, 0.375}));
        QCOMPARE(p->findModel(QStringLiteral("MiniMax-M2.7-highspeed"))->contextWindow, qint64(204800));
        QVERIFY(p->findModel(QStringLiteral("MiniMax-M2.1")));
        QVERIFY(p->findModel(QStringLiteral("MiniMax-M2.1-lightning")));
    }
    const auto legacy = snapshot(QStringLiteral("{}"), m_legacy, env);
    QVERIFY(!legacy->registry().provider(QStringLiteral("minimax"))->findModel(QStringLiteral("MiniMax-M3")));
    QVERIFY(
        !legacy->registry().provider(QStringLiteral("minimax-portal"))); // 2026.1.30 needs an OAuth profile
}

void TestEraRules::agentEntriesAreRead()
{
    const auto s =
        snapshot(QStringLiteral("{ agents: { entries: { main: { model: { primary: \"minimax/MiniMax-M3\", "
                                "fallbacks: [\"minimax/MiniMax-M2.7\"] }, modelPolicy: { allow: "
                                "[\"minimax/*\"] } }, helper: { name: \"x\" } } } }"),
                 m_current);
    const QList<ModelSelection::AgentModels> agents = s->selection().agentModels();
    QCOMPARE(agents.size(), 1);
    QCOMPARE(agents.first().id, QStringLiteral("main"));
    QCOMPARE(agents.first().primary, QStringLiteral("minimax/MiniMax-M3"));
    QCOMPARE(agents.first().fallbacks, QStringList{"minimax/MiniMax-M2.7"});
    QCOMPARE(agents.first().allow.value_or(QStringList()), QStringList{"minimax/*"});
}

QTEST_GUILESS_MAIN(TestEraRules)
#include "tst_erarules.moc"
