// Model refs, aliases, allowlist, failover candidates, the provider merge and key precedence.
#include "configsnapshot.h"
#include "modeldiagnosis.h"

#include <QTemporaryDir>
#include <QTest>

using namespace clawdesk;

class TestModelSelection : public QObject
{
    Q_OBJECT

private slots:
    void parseRefs_data();
    void parseRefs();
    void resolveInput_data();
    void resolveInput();
    void candidatesFilteredByAllowlist();
    void primaryDefaultsAndWarning();
    void implicitMiniMaxMerge();
    void lightningNeedsProviderBlock();
    void adHocModelOfConfiguredProvider();
    void credentialPrecedence();
    void unknownModelDiagnosis();

private:
    /// These cases pin OpenClaw 2026.1.30's rules; tst_erarules has 2026.9.6's.
    ConfigSnapshotPtr snapshot(const QString &text, const Environment &env = {},
                               const QByteArray &profiles = {})
    {
        const OpenClawRelease legacy{OpenClawRelease::Era::Legacy, QStringLiteral("2026.1.30"),
                                     OpenClawRelease::Source::InstalledCli};
        ConfigPaths paths = ConfigPaths::resolve({}, m_home.path());
        if (!profiles.isEmpty()) {
            QDir().mkpath(paths.agentDir);
            QFile file(paths.authProfilesPath());
            file.open(QIODevice::WriteOnly | QIODevice::Truncate);
            file.write(profiles);
        } else {
            QFile::remove(paths.authProfilesPath());
        }
        OpenClawConfig config = OpenClawConfig::fromText(text, paths.configPath, env);
        if (!config.isValid())
            qWarning() << config.issues().first().toString();
        return ConfigSnapshot::create(std::move(config), paths, legacy);
    }
    QTemporaryDir m_home;
};

void TestModelSelection::parseRefs_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("key"); // empty = invalid
    QTest::addRow("simple") << "minimax/MiniMax-M2.1"
                            << "minimax/MiniMax-M2.1";
    QTest::addRow("provider lower-cased") << " MiniMax/MiniMax-M2.1 "
                                          << "minimax/MiniMax-M2.1";
    QTest::addRow("model case kept") << "minimax/minimax-m2.1"
                                     << "minimax/minimax-m2.1";
    QTest::addRow("nested slashes") << "openrouter/moonshotai/kimi-k2"
                                    << "openrouter/moonshotai/kimi-k2";
    QTest::addRow("z.ai") << "z.ai/glm-4.7"
                          << "zai/glm-4.7";
    QTest::addRow("qwen") << "qwen/coder-model"
                          << "qwen-portal/coder-model";
    QTest::addRow("opus shorthand") << "anthropic/Opus-4.5"
                                    << "anthropic/claude-opus-4-5";
    QTest::addRow("empty provider") << "/x"
                                    << "";
    QTest::addRow("empty model") << "minimax/"
                                 << "";
    QTest::addRow("no slash") << "opus"
                              << "";
}

void TestModelSelection::parseRefs()
{
    QFETCH(QString, input);
    QFETCH(QString, key);
    const auto ref = ModelRef::parse(input);
    QCOMPARE(ref ? ref->key() : QString(), key);
}

void TestModelSelection::resolveInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("key");
    QTest::addRow("alias") << "opus"
                           << "anthropic/claude-opus-4-6";
    QTest::addRow("alias any case") << " OPUS "
                                    << "anthropic/claude-opus-4-6";
    QTest::addRow("bare id") << "claude-sonnet-4-5"
                             << "anthropic/claude-sonnet-4-5";
    QTest::addRow("slash input is never an alias") << "minimax/opus"
                                                   << "minimax/opus";
    QTest::addRow("ref") << "minimax/MiniMax-M2.1"
                         << "minimax/MiniMax-M2.1";
}

void TestModelSelection::resolveInput()
{
    QFETCH(QString, input);
    QFETCH(QString, key);
    const auto s = snapshot(QStringLiteral(
        "{ agents: { defaults: { models: { \"anthropic/claude-opus-4-6\": { alias: \"opus\" } } } } }"));
    QCOMPARE(s->selection().resolveInput(input)->key(), key);
}

void TestModelSelection::candidatesFilteredByAllowlist()
{
    const auto s = snapshot(QStringLiteral(R"({
        agents: { defaults: {
            models: { "anthropic/claude-opus-4-6": { alias: "opus" }, "minimax/MiniMax-M2.1": { alias: "minimax" } },
            model: { primary: "opus", fallbacks: ["minimax", "minimax/MiniMax-M2.1", "anthropic/claude-sonnet-4-5"] },
        } },
    })"));
    const ModelSelection &sel = s->selection();
    QVERIFY(sel.allowlistActive());
    QStringList chain;
    for (const ModelRef &ref : sel.candidates(*ModelRef::parse(QStringLiteral("anthropic/claude-opus-4-6"))))
        chain.append(ref.key());
    // sonnet is not in the allowlist: silently dropped, as OpenClaw does; duplicates collapse.
    QCOMPARE(chain, (QStringList{"anthropic/claude-opus-4-6", "minimax/MiniMax-M2.1"}));
    QCOMPARE(sel.droppedFallbacks(), QStringList{"anthropic/claude-sonnet-4-5"});
    chain.clear();
    for (const ModelRef &ref : sel.candidates(*ModelRef::parse(QStringLiteral("minimax/MiniMax-M2.1"))))
        chain.append(ref.key());
    QCOMPARE(chain,
             (QStringList{"minimax/MiniMax-M2.1", "anthropic/claude-opus-4-6"})); // primary appended last
}

void TestModelSelection::primaryDefaultsAndWarning()
{
    QCOMPARE(snapshot(QStringLiteral("{}"))->selection().primary().key(),
             QStringLiteral("anthropic/claude-opus-4-5"));
    const auto bare =
        snapshot(QStringLiteral("{ agents: { defaults: { model: { primary: \"MiniMax-M2.1\" } } } }"));
    QCOMPARE(bare->selection().primary().key(), QStringLiteral("anthropic/MiniMax-M2.1"));
    QCOMPARE(
        bare->selection().primaryWarning(),
        QStringLiteral(
            "Model \"MiniMax-M2.1\" specified without provider. Falling back to \"anthropic/MiniMax-M2.1\". "
            "Please use \"anthropic/MiniMax-M2.1\" in your config."));
}

void TestModelSelection::implicitMiniMaxMerge()
{
    // The seed's explicit block is merged field-wise over the implicit provider: the explicit
    // base URL and api win, the implicit VL model is still appended.
    const auto s =
        snapshot(QStringLiteral(R"({ env: { MINIMAX_API_KEY: "sk-seed-0000000000000000000000000000" },
        models: { providers: { minimax: { baseUrl: "https://api.minimax.io/anthropic", apiKey: "${MINIMAX_API_KEY}",
          api: "anthropic-messages", models: [ { id: "MiniMax-M2.1", name: "MiniMax M2.1", contextWindow: 200000 } ] } } } })"));
    const ProviderInfo *minimax = s->registry().provider(QStringLiteral("minimax"));
    QVERIFY(minimax);
    QCOMPARE(minimax->baseUrl, QStringLiteral("https://api.minimax.io/anthropic"));
    QCOMPARE(minimax->api, QStringLiteral("anthropic-messages"));
    QStringList ids;
    for (const ModelInfo &m : minimax->models)
        ids.append(m.id);
    QCOMPARE(ids, (QStringList{"MiniMax-M2.1", "MiniMax-VL-01", "MiniMax-M2.1-lightning"}));
    // Without any key or block, minimax/MiniMax-M2.1 still resolves from the built-in catalog.
    QVERIFY(snapshot(QStringLiteral("{}"))
                ->registry()
                .findModel(*ModelRef::parse(QStringLiteral("minimax/MiniMax-M2.1"))));
}

void TestModelSelection::lightningNeedsProviderBlock()
{
    const ModelRef lightning = *ModelRef::parse(QStringLiteral("minimax/MiniMax-M2.1-lightning"));
    QVERIFY(!snapshot(QStringLiteral("{}"))->registry().resolve(lightning));
    const auto s = snapshot(
        QStringLiteral("{ models: { providers: { minimax: { baseUrl: \"https://api.minimax.io/anthropic\", "
                       "api: \"anthropic-messages\", models: [] } } } }"));
    const auto resolved = s->registry().resolve(lightning);
    QVERIFY(resolved);
    QCOMPARE(resolved->api, QStringLiteral("anthropic-messages"));
}

void TestModelSelection::adHocModelOfConfiguredProvider()
{
    const auto s =
        snapshot(QStringLiteral("{ models: { providers: { mock: { baseUrl: \"http://127.0.0.1:9/v1\", "
                                "models: [ { id: \"a\", name: \"A\", contextWindow: 1000 } ] } } } }"));
    const auto resolved = s->registry().resolve(*ModelRef::parse(QStringLiteral("mock/not-listed")));
    QVERIFY(resolved);
    QVERIFY(resolved->adHoc);
    QCOMPARE(resolved->api, QStringLiteral("openai-responses"));
    QCOMPARE(resolved->model.contextWindow, 1000);
    QVERIFY(!s->registry().resolve(*ModelRef::parse(QStringLiteral("nobody/x"))));
}

void TestModelSelection::credentialPrecedence()
{
    const QString text =
        QStringLiteral("{ models: { providers: { minimax: { baseUrl: \"https://api.minimax.io/anthropic\", "
                       "apiKey: \"sk-config-0000000000000001\", "
                       "api: \"anthropic-messages\", models: [] } } } }");
    const QByteArray profile =
        R"({"version":1,"profiles":{"minimax:default":{"type":"api_key","provider":"minimax","key":"sk-profile-000000000000001"}}})";
    QCOMPARE(snapshot(text)->registry().credential(QStringLiteral("minimax")).secret,
             QStringLiteral("sk-config-0000000000000001"));
    const auto withEnv = snapshot(text, {{"MINIMAX_API_KEY", "sk-env-00000000000000001"}});
    QCOMPARE(withEnv->registry().credential(QStringLiteral("minimax")).origin,
             QStringLiteral("MINIMAX_API_KEY"));
    const auto withProfile = snapshot(text, {{"MINIMAX_API_KEY", "sk-env-00000000000000001"}}, profile);
    QCOMPARE(withProfile->registry().credential(QStringLiteral("minimax")).secret,
             QStringLiteral("sk-profile-000000000000001"));
    QCOMPARE(withProfile->registry().credential(QStringLiteral("minimax")).source,
             CredentialResolution::Source::Profile);
    // The OAuth placeholder is never a key.
    const auto portal = snapshot(QStringLiteral(
        "{ models: { providers: { \"minimax-portal\": { baseUrl: \"https://api.minimax.io/anthropic\", "
        "apiKey: \"minimax-oauth\", models: [] } } } }"));
    QVERIFY(!portal->registry().credential(QStringLiteral("minimax-portal")).isValid());
}

void TestModelSelection::unknownModelDiagnosis()
{
    const auto s = snapshot(QStringLiteral("{}"));
    const ModelDiagnosis diagnosis(s->registry());
    const QStringList caseMismatch =
        diagnosis.unknownModel(*ModelRef::parse(QStringLiteral("minimax/minimax-m2.1")));
    QCOMPARE(caseMismatch.first(), QStringLiteral("Unknown model: minimax/minimax-m2.1"));
    QVERIFY(caseMismatch.at(1).contains(QStringLiteral("did you mean minimax/MiniMax-M2.1?")));
    const QStringList lightning =
        diagnosis.unknownModel(*ModelRef::parse(QStringLiteral("minimax/MiniMax-M2.1-lightning")));
    QVERIFY(lightning.at(1).contains(QStringLiteral("models.providers.minimax")));
    const QStringList noProvider = diagnosis.unknownModel(*ModelRef::parse(QStringLiteral("lmstudio/x")));
    QVERIFY(noProvider.at(1).contains(QStringLiteral("http://127.0.0.1:1234/v1")));

    const auto v1 = snapshot(
        QStringLiteral("{ models: { providers: { minimax: { baseUrl: \"https://api.minimax.io/v1\", api: "
                       "\"anthropic-messages\", apiKey: \"sk-aaaaaaaaaaaaaaaaaaaaaaa\", models: [] } } } }"));
    const QStringList problems = ModelDiagnosis(v1->registry()).providerProblems(QStringLiteral("minimax"));
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QStringLiteral("ends in /v1")));
}

QTEST_GUILESS_MAIN(TestModelSelection)
#include "tst_modelselection.moc"
