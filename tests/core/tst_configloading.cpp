// Discovery, $include, the env block in both eras, ${VAR} substitution and model defaults.
#include "configpaths.h"
#include "envsubstitution.h"
#include "openclawconfig.h"
#include "providerconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace clawdesk;

class TestConfigLoading : public QObject
{
    Q_OBJECT

private slots:
    void discovery_data();
    void discovery();
    void substitution_data();
    void substitution();
    void envBlockBothForms();
    void realEnvironmentWins();
    void includes();
    void circularInclude();
    void includeParseErrorHasItsOwnLocation();
    void modelDefaults();

private:
    static void write(const QString &path, const QByteArray &text)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
};

void TestConfigLoading::discovery_data()
{
    QTest::addColumn<QStringList>("existing"); // files/dirs (ending in /) created under home
    QTest::addColumn<QStringList>("env");      // NAME=value, ~ = home
    QTest::addColumn<QString>("configPath");
    QTest::addColumn<QString>("agentDir");

    QTest::addRow("default") << QStringList{} << QStringList{} << "~/.openclaw/openclaw.json"
                             << "~/.openclaw/agents/main/agent";
    QTest::addRow("config override") << QStringList{} << QStringList{"OPENCLAW_CONFIG_PATH=~/custom.json5"}
                                     << "~/custom.json5"
                                     << "~/.openclaw/agents/main/agent";
    QTest::addRow("legacy config override")
        << QStringList{} << QStringList{"CLAWDBOT_CONFIG_PATH=~/c.json"} << "~/c.json"
        << "~/.openclaw/agents/main/agent";
    QTest::addRow("state override") << QStringList{} << QStringList{"OPENCLAW_STATE_DIR=~/state"}
                                    << "~/state/openclaw.json"
                                    << "~/state/agents/main/agent";
    QTest::addRow("legacy state dir")
        << QStringList{".clawdbot/"} << QStringList{} << "~/.clawdbot/openclaw.json"
        << "~/.clawdbot/agents/main/agent";
    QTest::addRow("legacy file name")
        << QStringList{".openclaw/clawdbot.json"} << QStringList{} << "~/.openclaw/clawdbot.json"
        << "~/.openclaw/agents/main/agent";
    QTest::addRow("new name wins") << QStringList{".openclaw/clawdbot.json", ".openclaw/openclaw.json"}
                                   << QStringList{} << "~/.openclaw/openclaw.json"
                                   << "~/.openclaw/agents/main/agent";
    QTest::addRow("agent dir override")
        << QStringList{} << QStringList{"OPENCLAW_AGENT_DIR=~/agent"} << "~/.openclaw/openclaw.json"
        << "~/agent";
}

void TestConfigLoading::discovery()
{
    QFETCH(QStringList, existing);
    QFETCH(QStringList, env);
    QFETCH(QString, configPath);
    QFETCH(QString, agentDir);
    QTemporaryDir home;
    for (const QString &entry : existing) {
        if (entry.endsWith(QLatin1Char('/')))
            QDir(home.path()).mkpath(entry);
        else
            write(home.filePath(entry), "{}");
    }
    Environment environment;
    for (const QString &pair : env)
        environment.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    const ConfigPaths paths = ConfigPaths::resolve(environment, home.path());
    QCOMPARE(paths.displayPath(paths.configPath), configPath);
    QCOMPARE(paths.displayPath(paths.agentDir), agentDir);
}

void TestConfigLoading::substitution_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QStringList>("missing");
    QTest::addRow("plain") << "abc"
                           << "abc" << QStringList{};
    QTest::addRow("whole") << "${KEY}"
                           << "sk-123" << QStringList{};
    QTest::addRow("embedded") << "Bearer ${KEY}!"
                              << "Bearer sk-123!" << QStringList{};
    QTest::addRow("two") << "${KEY}:${OTHER_1}"
                         << "sk-123:two" << QStringList{};
    QTest::addRow("escaped") << "$${KEY}"
                             << "${KEY}" << QStringList{};
    QTest::addRow("lower case left alone") << "${lower}"
                                           << "${lower}" << QStringList{};
    QTest::addRow("bare dollar") << "$KEY"
                                 << "$KEY" << QStringList{};
    QTest::addRow("unterminated") << "${KEY"
                                  << "${KEY" << QStringList{};
    QTest::addRow("missing") << "${NOPE}"
                             << "" << QStringList{"NOPE"};
    QTest::addRow("empty counts as missing") << "${EMPTY}"
                                             << "" << QStringList{"EMPTY"};
}

void TestConfigLoading::substitution()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QFETCH(QStringList, missing);
    const Environment env{{"KEY", "sk-123"}, {"OTHER_1", "two"}, {"EMPTY", ""}};
    EnvSubstitution substitution(env);
    QCOMPARE(substitution.applyToString(input, QStringLiteral("a.b")), output);
    QStringList names;
    for (const auto &m : substitution.missing())
        names.append(m.name);
    QCOMPARE(names, missing);
}

void TestConfigLoading::envBlockBothForms()
{
    const QString text =
        QStringLiteral("{ env: { MINIMAX_API_KEY: \"sk-old-form\", vars: { OTHER_KEY: \"sk-new-form\" } },\n"
                       "  models: { providers: { a: { baseUrl: \"${OTHER_KEY}\", apiKey: "
                       "\"${MINIMAX_API_KEY}\", models: [] } } } }");
    const OpenClawConfig config = OpenClawConfig::fromText(text, QStringLiteral("/tmp/x/openclaw.json"), {});
    QVERIFY(config.isValid());
    const JsonValue &provider =
        config.resolved()[QStringLiteral("models")][QStringLiteral("providers")][QStringLiteral("a")];
    QCOMPARE(provider[QStringLiteral("apiKey")].toString(), QStringLiteral("sk-old-form"));
    QCOMPARE(provider[QStringLiteral("baseUrl")].toString(), QStringLiteral("sk-new-form"));
    // The unsubstituted value keeps the reference, for writes.
    QCOMPARE(config
                 .merged()[QStringLiteral("models")][QStringLiteral("providers")][QStringLiteral("a")]
                          [QStringLiteral("apiKey")]
                 .toString(),
             QStringLiteral("${MINIMAX_API_KEY}"));
}

void TestConfigLoading::realEnvironmentWins()
{
    const QString text = QStringLiteral("{ env: { MINIMAX_API_KEY: \"from-file\" } }");
    const OpenClawConfig config = OpenClawConfig::fromText(text, QStringLiteral("/tmp/x/openclaw.json"),
                                                           {{"MINIMAX_API_KEY", "from-shell"}});
    QCOMPARE(config.environment().value(QStringLiteral("MINIMAX_API_KEY")), QStringLiteral("from-shell"));
    const OpenClawConfig blank =
        OpenClawConfig::fromText(text, QStringLiteral("/tmp/x/openclaw.json"), {{"MINIMAX_API_KEY", "  "}});
    QCOMPARE(blank.environment().value(QStringLiteral("MINIMAX_API_KEY")), QStringLiteral("from-file"));
}

void TestConfigLoading::includes()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("providers.json5")),
          "// shared providers\n{ providers: { lmstudio: { baseUrl: \"http://127.0.0.1:1234/v1\", api: "
          "\"openai-responses\", models: [] } }, mode: \"replace\" }");
    write(dir.filePath(QStringLiteral("agents.json5")),
          "{ defaults: { model: { primary: \"lmstudio/x\" } } }");
    write(dir.filePath(QStringLiteral("openclaw.json")),
          "{ models: { \"$include\": \"./providers.json5\", mode: \"merge\" }, agents: { $include: "
          "[\"agents.json5\"] } }");
    const OpenClawConfig config = OpenClawConfig::load(dir.filePath(QStringLiteral("openclaw.json")), {});
    QVERIFY2(config.isValid(),
             config.issues().isEmpty() ? "" : qPrintable(config.issues().first().toString()));
    const JsonValue &models = config.resolved()[QStringLiteral("models")];
    QCOMPARE(models[QStringLiteral("mode")].toString(),
             QStringLiteral("merge")); // siblings win over the include
    QVERIFY(models[QStringLiteral("providers")].contains(QStringLiteral("lmstudio")));
    QCOMPARE(config
                 .resolved()[QStringLiteral("agents")][QStringLiteral("defaults")][QStringLiteral("model")]
                            [QStringLiteral("primary")]
                 .toString(),
             QStringLiteral("lmstudio/x"));
}

void TestConfigLoading::circularInclude()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("a.json5")), "{ $include: \"b.json5\" }");
    write(dir.filePath(QStringLiteral("b.json5")), "{ $include: \"a.json5\" }");
    write(dir.filePath(QStringLiteral("openclaw.json")), "{ models: { $include: \"a.json5\" } }");
    const OpenClawConfig config = OpenClawConfig::load(dir.filePath(QStringLiteral("openclaw.json")), {});
    QVERIFY(!config.isValid());
    const QString a = QDir::cleanPath(dir.filePath(QStringLiteral("a.json5")));
    const QString b = QDir::cleanPath(dir.filePath(QStringLiteral("b.json5")));
    QCOMPARE(config.issues().first().message,
             QStringLiteral("Circular include detected: %1 -> %2 -> %3 -> %2")
                 .arg(QDir::cleanPath(dir.filePath(QStringLiteral("openclaw.json"))), a, b));
}

void TestConfigLoading::includeParseErrorHasItsOwnLocation()
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("bad.json5")), "{\n  oops: ,\n}");
    write(dir.filePath(QStringLiteral("openclaw.json")), "{ models: { $include: \"bad.json5\" } }");
    const OpenClawConfig config = OpenClawConfig::load(dir.filePath(QStringLiteral("openclaw.json")), {});
    QVERIFY(!config.isValid());
    QVERIFY(!config.parsed());
    const ConfigIssue &issue = config.issues().first();
    QCOMPARE(issue.file, QDir::cleanPath(dir.filePath(QStringLiteral("bad.json5"))));
    QCOMPARE(issue.line, 2);
    QCOMPARE(issue.column, 9);
}

void TestConfigLoading::modelDefaults()
{
    Json5Error error;
    const Json5Document doc = Json5Document::parse(QStringLiteral("{ id: \"m\", name: \"M\" }"), &error);
    const ModelInfo model = modelFromJson(doc.value());
    QCOMPARE(model.reasoning, false);
    QCOMPARE(model.input, QStringList{QStringLiteral("text")});
    QCOMPARE(model.cost, ModelCost{});
    QCOMPARE(model.contextWindow, 200000);
    QCOMPARE(model.maxTokens, 8192);
    const Json5Document small =
        Json5Document::parse(QStringLiteral("{ id: \"m\", name: \"M\", contextWindow: 4096 }"), &error);
    QCOMPARE(modelFromJson(small.value()).maxTokens, 4096); // min(8192, contextWindow)
}

QTEST_GUILESS_MAIN(TestConfigLoading)
#include "tst_configloading.moc"
