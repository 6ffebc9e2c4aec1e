// The configure wizard's writes (the config OpenClaw's `configure` Model/auth step and MiniMax sign-in
// leave behind: provider, auth profile, primary, alias, picker models as fallbacks) on an empty and on
// a commented config, its preview diff, and the line diff itself.
#include "apptestsupport.h"
#include "configcontroller.h"
#include "wizardcontroller.h"

#include <QTest>

using namespace clawdesk;

class TestWizardController : public QObject
{
    Q_OBJECT

private slots:
    void applyOnNewFile_data();
    void applyOnNewFile();
    void pickerBecomesFallbacks();
    void keepsCommentsAndPreviewMatches();
    void outcomeIsWhatTheWriteLeaves();
    void unknownChoiceFails();
    void lineDiff_data();
    void lineDiff();
};

void TestWizardController::applyOnNewFile_data()
{
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("primary");
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("provider");
    // No sign of an older OpenClaw: 2026.9.6's onboarding (MiniMax M3).
    QTest::addRow("api key") << "minimax-global-api"
                             << "minimax/MiniMax-M3"
                             << "Minimax"
                             << "minimax";
    QTest::addRow("api key, older id") << "minimax-api"
                                       << "minimax/MiniMax-M3"
                                       << "Minimax"
                                       << "minimax";
    QTest::addRow("oauth global") << "minimax-global-oauth"
                                  << "minimax-portal/MiniMax-M3"
                                  << "minimax-m3"
                                  << "minimax-portal";
    QTest::addRow("lm studio") << "lmstudio"
                               << "lmstudio/minimax-m2.1-gs32"
                               << "Minimax"
                               << "lmstudio";
}

void TestWizardController::applyOnNewFile()
{
    QFETCH(QString, choice);
    QFETCH(QString, primary);
    QFETCH(QString, alias);
    QFETCH(QString, provider);
    apptest::StateDir dir;
    ConfigController config(dir.paths, {});
    WizardController wizard(&config);
    QCOMPARE(wizard.modelsFor(choice).first(), primary);
    QVERIFY2(wizard.apply({{QStringLiteral("authChoice"), choice}}), qPrintable(wizard.lastError()));
    QCOMPARE(config.status(), ConfigController::Status::Ok);
    QCOMPARE(config.primary(), primary);
    QCOMPARE(config.snapshot()->selection().aliasTarget(alias).value_or(QString()), primary);
    QVERIFY(config.snapshot()->registry().isConfiguredProvider(provider));
    const JsonValue &root = config.snapshot()->config().document().value();
    if (choice.contains(QLatin1String("-api"))) {
        QCOMPARE(root[QStringLiteral("auth")][QStringLiteral("profiles")][QStringLiteral("minimax:global")]
                     [QStringLiteral("mode")]
                         .toString(),
                 QStringLiteral("api_key"));
        QCOMPARE(root[QStringLiteral("models")][QStringLiteral("mode")].toString(), QStringLiteral("merge"));
        // The key itself is never written to openclaw.json.
        QVERIFY(root[QStringLiteral("models")][QStringLiteral("providers")][QStringLiteral("minimax")]
                    [QStringLiteral("apiKey")]
                        .isUndefined());
    }
    if (choice == QLatin1String("minimax-global-oauth")) {
        // 2026.9.6 has MiniMax sign-in built in: no plugin entry, no placeholder key.
        QVERIFY(root[QStringLiteral("plugins")].isUndefined());
        QVERIFY(root[QStringLiteral("models")][QStringLiteral("providers")][QStringLiteral("minimax-portal")]
                    [QStringLiteral("apiKey")]
                        .isUndefined());
    }
}

void TestWizardController::pickerBecomesFallbacks()
{
    apptest::StateDir dir;
    ConfigController config(dir.paths, {});
    WizardController wizard(&config);
    const QVariantMap choices{
        {QStringLiteral("authChoice"), QStringLiteral("lmstudio")},
        {QStringLiteral("primary"), QStringLiteral("anthropic/claude-opus-4-5")},
        {QStringLiteral("pickerModels"), QStringList{QStringLiteral("lmstudio/minimax-m2.1-gs32"),
                                                     QStringLiteral("anthropic/claude-opus-4-5")}},
    };
    QVERIFY2(wizard.apply(choices), qPrintable(wizard.lastError()));
    QCOMPARE(config.primary(), QStringLiteral("anthropic/claude-opus-4-5"));
    QCOMPARE(config.fallbackKeys(), QStringList{QStringLiteral("lmstudio/minimax-m2.1-gs32")});
}

void TestWizardController::keepsCommentsAndPreviewMatches()
{
    apptest::StateDir dir;
    dir.write(apptest::CommentedConfig);
    ConfigController config(dir.paths, {});
    WizardController wizard(&config);
    const QVariantMap choices{{QStringLiteral("authChoice"), QStringLiteral("minimax-global-api")}};
    const QString diff = wizard.preview(choices);
    QVERIFY2(
        diff.contains(QStringLiteral("-         primary: \"anthropic/claude-opus-4-5\", // the main model")),
        qPrintable(diff));
    QVERIFY(diff.contains(QStringLiteral("+         primary: \"minimax/MiniMax-M3\", // the main model")));
    QCOMPARE(dir.read(), QByteArray(apptest::CommentedConfig)); // preview writes nothing
    QVERIFY(wizard.apply(choices));
    const QByteArray bytes = dir.read();
    QVERIFY(bytes.contains("// ClawDesk test config"));
    QVERIFY(bytes.contains("// when Opus is rate-limited"));
    QVERIFY(bytes.contains("\"minimax/MiniMax-M3\": { alias: \"Minimax\" }"));
    // Existing fallbacks are kept.
    QCOMPARE(config.fallbackKeys().size(), 2);
    QVERIFY(wizard.preview(choices).isEmpty()); // applying again changes nothing
}

void TestWizardController::outcomeIsWhatTheWriteLeaves()
{
    const QString m3 = QStringLiteral("minimax/MiniMax-M3");
    const QString m27 = QStringLiteral("minimax/MiniMax-M2.7");
    const QStringList existing{QStringLiteral("minimax/MiniMax-M2.1"),
                               QStringLiteral("minimax/MiniMax-M2.1-lightning")};
    // Nothing ticked: the file's own fallbacks stay. Ticked: they replace them.
    for (const QStringList &picked : {QStringList(), QStringList{m3, m27}}) {
        apptest::StateDir dir;
        dir.write(apptest::CommentedConfig);
        ConfigController config(dir.paths, {});
        WizardController wizard(&config);
        const QVariantMap choices{{QStringLiteral("authChoice"), QStringLiteral("minimax-global-api")},
                                  {QStringLiteral("primary"), m3},
                                  {QStringLiteral("pickerModels"), picked}};
        const QVariantMap outcome = wizard.outcome(choices);
        QCOMPARE(outcome.value(QStringLiteral("primary")).toString(), m3);
        QCOMPARE(outcome.value(QStringLiteral("fallbacks")).toStringList(),
                 picked.isEmpty() ? existing : QStringList{m27});
        QCOMPARE(dir.read(), QByteArray(apptest::CommentedConfig)); // looking writes nothing
        QVERIFY2(wizard.apply(choices), qPrintable(wizard.lastError()));
        QCOMPARE(config.primary(), outcome.value(QStringLiteral("primary")).toString());
        QCOMPARE(config.fallbackKeys(), outcome.value(QStringLiteral("fallbacks")).toStringList());
    }

    // A file that does not parse is never written: no outcome, and the reason.
    apptest::StateDir broken;
    broken.write("{ agents: ");
    ConfigController config(broken.paths, {});
    WizardController wizard(&config);
    QVERIFY(wizard.outcome({{QStringLiteral("authChoice"), QStringLiteral("minimax-global-api")}}).isEmpty());
    QVERIFY(!wizard.lastError().isEmpty());
}

void TestWizardController::unknownChoiceFails()
{
    apptest::StateDir dir;
    ConfigController config(dir.paths, {});
    WizardController wizard(&config);
    QVERIFY(!wizard.apply({{QStringLiteral("authChoice"), QStringLiteral("nope")}}));
    QVERIFY(!wizard.lastError().isEmpty());
    QVERIFY(!QFile::exists(dir.paths.configPath));
}

void TestWizardController::lineDiff_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");
    QTest::addRow("same") << "a\nb"
                          << "a\nb"
                          << "";
    QTest::addRow("change") << "a\nb\nc"
                            << "a\nB\nc"
                            << "  a\n- b\n+ B\n  c";
    QTest::addRow("insert") << "a\nc"
                            << "a\nb\nc"
                            << "  a\n+ b\n  c";
    QTest::addRow("context") << "1\n2\n3\n4\n5\n6\n7"
                             << "1\n2\n3\n4\n5\n6\nX"
                             << "  …\n  5\n  6\n- 7\n+ X";
}

void TestWizardController::lineDiff()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    QCOMPARE(WizardController::lineDiff(before, after), expected);
}

QTEST_GUILESS_MAIN(TestWizardController)
#include "tst_wizardcontroller.moc"
