// The Models page's edits as a user meets them: removing an alias that the chain names keeps the
// chain meaning the same model (and says so first), removals can be undone byte for byte, renaming
// keeps the entry's layout, every save is announced, and the keyboard reorder moves the entry.
#include "apptestsupport.h"
#include "configcontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace clawdesk;

namespace {

/// The chain names both aliases: the primary by "opus", the first fallback by "minimax".
const char *const ChainByAlias = R"({
  agents: {
    defaults: {
      models: {
        "anthropic/claude-opus-4-5": { alias: "opus" }, // the big one
        "minimax/MiniMax-M2.1": { alias: "minimax" },
      },
      model: {
        primary: "opus",
        fallbacks: ["minimax", "anthropic/claude-sonnet-4-5"],
      },
    },
  },
}
)";

QByteArray replaced(QByteArray bytes, const QByteArray &from, const QByteArray &to)
{
    if (!bytes.contains(from))
        qFatal("fixture lacks %s", from.constData());
    return bytes.replace(from, to);
}

} // namespace

class TestModelEdits : public QObject
{
    Q_OBJECT

private slots:
    void warnsBeforeRemovingAnAliasTheChainUses();
    void removingAUsedAliasWritesTheModelOut();
    void undoRestoresTheBytes_data();
    void undoRestoresTheBytes();
    void undoRefusesAfterSomeoneElseSaved();
    void renameKeepsTheEntryOnOneLineAndFollowsUses();
    void everySaveIsAnnounced();
    void keyboardReorderMovesTheEntry();
};

void TestModelEdits::warnsBeforeRemovingAnAliasTheChainUses()
{
    apptest::StateDir dir;
    dir.write(ChainByAlias);
    ConfigController config(dir.paths, {});
    QCOMPARE(config.aliasUseWarning(QStringLiteral("opus")),
             QStringLiteral("opus is used by the primary model. Removing it writes anthropic/claude-opus-4-5 "
                            "there instead, so the chain keeps the same model."));
    QCOMPARE(config.aliasUseWarning(QStringLiteral("MINIMAX")),
             QStringLiteral("MINIMAX is used by fallback #1. Removing it writes minimax/MiniMax-M2.1 there "
                            "instead, so the chain keeps the same model."));

    apptest::StateDir plain;
    plain.write(apptest::CommentedConfig);
    ConfigController unused(plain.paths, {});
    QCOMPARE(unused.aliasUseWarning(QStringLiteral("opus")), QString());
}

void TestModelEdits::removingAUsedAliasWritesTheModelOut()
{
    apptest::StateDir dir;
    dir.write(ChainByAlias);
    ConfigController config(dir.paths, {});
    QVERIFY2(config.removeAlias(QStringLiteral("minimax")), qPrintable(config.lastError()));
    QByteArray expected = replaced(ChainByAlias, R"({ alias: "minimax" })", "{}");
    expected = replaced(expected, R"(["minimax", )", R"(["minimax/MiniMax-M2.1", )");
    QCOMPARE(QString::fromUtf8(dir.read()), QString::fromUtf8(expected));
    // The chain still means the same model, not a missing anthropic/minimax.
    QCOMPARE(config.fallbackKeys().first(), QStringLiteral("minimax/MiniMax-M2.1"));

    QVERIFY2(config.removeAlias(QStringLiteral("opus")), qPrintable(config.lastError()));
    QVERIFY(dir.read().contains(R"(primary: "anthropic/claude-opus-4-5",)"));
    QCOMPARE(config.primary(), QStringLiteral("anthropic/claude-opus-4-5"));
}

void TestModelEdits::undoRestoresTheBytes_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("remove alias") << "removeAlias";
    QTest::newRow("remove fallback") << "removeFallback";
    QTest::newRow("clear fallbacks") << "clearFallbacks";
}

void TestModelEdits::undoRestoresTheBytes()
{
    QFETCH(QString, action);
    apptest::StateDir dir;
    dir.write(ChainByAlias);
    ConfigController config(dir.paths, {});
    QSignalSpy undoChanged(&config, &ConfigController::undoChanged);
    QCOMPARE(config.undoText(), QString());
    bool ok = false;
    if (action == QLatin1String("removeAlias"))
        ok = config.removeAlias(QStringLiteral("opus"));
    else if (action == QLatin1String("removeFallback"))
        ok = config.removeFallback(1);
    else
        ok = config.clearFallbacks();
    QVERIFY2(ok, qPrintable(config.lastError()));
    QVERIFY(dir.read() != QByteArray(ChainByAlias));
    QVERIFY(!config.undoText().isEmpty());
    QCOMPARE(undoChanged.count(), 1);

    QVERIFY2(config.undo(), qPrintable(config.lastError()));
    QCOMPARE(QString::fromUtf8(dir.read()), QString::fromUtf8(ChainByAlias));
    QCOMPARE(config.undoText(), QString());
    QVERIFY(!config.undo()); // once only
}

void TestModelEdits::undoRefusesAfterSomeoneElseSaved()
{
    apptest::StateDir dir;
    dir.write(ChainByAlias);
    ConfigController config(dir.paths, {});
    QVERIFY(config.removeFallback(1));
    const QByteArray theirs = replaced(dir.read(), "// the big one", "// edited elsewhere");
    dir.write(theirs);
    QVERIFY(!config.undo());
    QCOMPARE(config.lastError(), QStringLiteral("openclaw.json changed since; nothing was undone."));
    QCOMPARE(dir.read(), theirs);
}

void TestModelEdits::renameKeepsTheEntryOnOneLineAndFollowsUses()
{
    apptest::StateDir dir;
    dir.write(ChainByAlias);
    ConfigController config(dir.paths, {});
    QVERIFY2(config.renameAlias(QStringLiteral("minimax"), QStringLiteral("mm")),
             qPrintable(config.lastError()));
    QByteArray expected = replaced(ChainByAlias, R"({ alias: "minimax" })", R"({ alias: "mm" })");
    expected = replaced(expected, R"(["minimax", )", R"(["mm", )");
    QCOMPARE(QString::fromUtf8(dir.read()), QString::fromUtf8(expected));
    QCOMPARE(config.fallbackKeys().first(), QStringLiteral("minimax/MiniMax-M2.1"));
    // A name another model already has is refused and nothing is written.
    QVERIFY(!config.renameAlias(QStringLiteral("mm"), QStringLiteral("opus")));
    QCOMPARE(config.lastError(), QStringLiteral("Alias opus already points to anthropic/claude-opus-4-5."));
    QCOMPARE(dir.read(), expected);
}

void TestModelEdits::everySaveIsAnnounced()
{
    apptest::StateDir dir;
    dir.write(ChainByAlias);
    ConfigController config(dir.paths, {});
    QSignalSpy saved(&config, &ConfigController::saved);
    QVERIFY(config.setPrimary(QStringLiteral("minimax/MiniMax-M2.1")));
    QVERIFY(config.addAlias(QStringLiteral("sonnet"), QStringLiteral("anthropic/claude-sonnet-4-5")));
    QVERIFY(config.moveFallback(0, 1));
    QVERIFY(!config.addAlias(QStringLiteral("bad alias"), QStringLiteral("anthropic/claude-sonnet-4-5")));
    QCOMPARE(saved.count(), 3);
    QCOMPARE(saved.at(0).at(0).toString(), QStringLiteral("Primary model set to minimax/MiniMax-M2.1."));
    QCOMPARE(saved.at(1).at(0).toString(), QStringLiteral("Alias sonnet added."));
    QCOMPARE(saved.at(2).at(0).toString(), QStringLiteral("Fallback chain reordered."));
}

void TestModelEdits::keyboardReorderMovesTheEntry()
{
    apptest::StateDir dir;
    dir.write(ChainByAlias);
    ConfigController config(dir.paths, {});
    // What the page's Ctrl+Down calls on the fallback list.
    QVERIFY(config.fallbacks()->move(0, 1));
    QCOMPARE(QString::fromUtf8(dir.read()),
             QString::fromUtf8(replaced(ChainByAlias, R"(["minimax", "anthropic/claude-sonnet-4-5"])",
                                        R"(["anthropic/claude-sonnet-4-5", "minimax"])")));
    QVERIFY(!config.fallbacks()->move(1, 2)); // past the end
}

QTEST_GUILESS_MAIN(TestModelEdits)
#include "tst_modeledits.moc"
