// Format-preserving edits: golden files for realistic configs, plus focused layout cases.
#include "json5document.h"
#include "json5editscript.h"
#include "json5testutil.h"

#include <QDir>
#include <QtTest>

using namespace clawdesk;
using namespace clawdesk::testutil;

namespace {

const QString kEditDir = QStringLiteral(TEST_DATA_DIR "/json5-edit");

// Offset of a 1-based line / code-point column (the inverse of Json5Document::locate).
qsizetype offsetOf(const QString &text, Json5Document::Location loc)
{
    qsizetype pos = 0;
    for (int line = 1; line < loc.line; ++line) {
        while (pos < text.size() && text.at(pos) != u'\n' && text.at(pos) != u'\r')
            ++pos;
        pos += (text.mid(pos, 2) == QLatin1String("\r\n")) ? 2 : 1;
    }
    for (int col = 1; col < loc.column; ++col)
        pos += text.at(pos).isHighSurrogate() ? 2 : 1;
    return pos;
}

// End (one past) of the value starting at pos: a bracket matcher that skips strings and comments.
qsizetype valueEnd(const QString &t, qsizetype pos)
{
    if (t.at(pos) != u'{' && t.at(pos) != u'[')
        return t.size(); // a scalar's span is bounded by its container; callers use containers
    int depth = 0;
    for (qsizetype i = pos; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c == u'"' || c == u'\'') {
            for (++i; i < t.size() && t.at(i) != c; ++i)
                if (t.at(i) == u'\\')
                    ++i;
        } else if (t.mid(i, 2) == QLatin1String("//")) {
            while (i < t.size() && t.at(i) != u'\n')
                ++i;
        } else if (t.mid(i, 2) == QLatin1String("/*")) {
            i = t.indexOf(QLatin1String("*/"), i + 2) + 1;
        } else if (c == u'{' || c == u'[') {
            ++depth;
        } else if (c == u'}' || c == u']') {
            if (--depth == 0)
                return i + 1;
        }
    }
    return t.size();
}

// The container an edit may touch: the array itself for insert/move, else the nearest existing ancestor.
QStringList touchedContainer(const Json5Document &doc, const EditStep &step)
{
    if (step.op == EditStep::Insert || step.op == EditStep::Move)
        return doc.contains(step.path) ? step.path : step.path.mid(0, step.path.size() - 1);
    QStringList p = step.path.mid(0, step.path.size() - 1);
    while (!p.isEmpty() && !doc.contains(p))
        p.removeLast();
    return p;
}

} // namespace

class TestJson5Edit : public QObject
{
    Q_OBJECT

private slots:
    void goldenFiles_data();
    void goldenFiles();
    void layout_data();
    void layout();
    void identicalSetChangesNothing();
    void failures();
    void locations();
};

void TestJson5Edit::goldenFiles_data()
{
    QTest::addColumn<QString>("input");
    const QStringList files = QDir(kEditDir).entryList({QStringLiteral("*.json5"), QStringLiteral("*.json")},
                                                       QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 20);
    for (const QString &f : files)
        QTest::addRow("%s", qPrintable(f)) << f;
}

void TestJson5Edit::goldenFiles()
{
    QFETCH(QString, input);
    const QString base = kEditDir + QLatin1Char('/') + QFileInfo(input).completeBaseName();
    const QString original = QString::fromUtf8(readFile(kEditDir + QLatin1Char('/') + input));
    QString scriptError;
    const QList<EditStep> steps = parseEditScript(QString::fromUtf8(readFile(base + ".edits")), &scriptError);
    QVERIFY2(scriptError.isEmpty(), qPrintable(scriptError));
    QVERIFY(steps.size() >= 4);

    Json5Error parseError;
    Json5Document doc = Json5Document::parse(original, &parseError);
    QVERIFY2(doc.isValid(), qPrintable(parseError.toString()));
    JsonValue model = doc.value();
    for (const EditStep &step : steps) {
        const QString before = doc.text();
        const QStringList container = touchedContainer(doc, step);
        const qsizetype spanStart = offsetOf(before, doc.locate(container));
        const qsizetype spanEnd = valueEnd(before, spanStart);

        QString error;
        QVERIFY2(applyStep(doc, step, &error), qPrintable(step.line + ": " + error));
        QVERIFY2(applyStep(model, step), qPrintable(step.line));

        // The text re-parses to exactly the intended value.
        Json5Error reparseError;
        const Json5Document again = Json5Document::parse(doc.text(), &reparseError);
        QVERIFY2(again.isValid(), qPrintable(step.line + ": " + reparseError.toString() + "\n" + doc.text()));
        QVERIFY2(again.value() == model,
                 qPrintable(step.line + "\n" + again.value().toJson() + "\n" + model.toJson()));
        QCOMPARE(doc.value(), model);

        // Every byte outside the touched container is unchanged.
        const QString after = doc.text();
        qsizetype prefix = 0;
        while (prefix < before.size() && prefix < after.size() && before.at(prefix) == after.at(prefix))
            ++prefix;
        qsizetype suffix = 0;
        while (suffix < before.size() - prefix && suffix < after.size() - prefix &&
               before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
            ++suffix;
        QVERIFY2(prefix >= spanStart && before.size() - suffix <= spanEnd,
                 qPrintable(QStringLiteral("%1: changed [%2, %3) outside [%4, %5)")
                                .arg(step.line)
                                .arg(prefix)
                                .arg(before.size() - suffix)
                                .arg(spanStart)
                                .arg(spanEnd)));
    }

    const QString expectedPath = base + QStringLiteral(".expected");
    if (qEnvironmentVariableIsSet("CLAWDESK_REGENERATE_GOLDEN")) {
        QFile out(expectedPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(doc.text().toUtf8());
    }
    QVERIFY2(QFile::exists(expectedPath), qPrintable(expectedPath));
    QCOMPARE(doc.text(), QString::fromUtf8(readFile(expectedPath)));
}

void TestJson5Edit::layout_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("edit");
    QTest::addColumn<QString>("output");

    QTest::addRow("inline insertion") << R"({ model: { primary: "x" } })"
                                      << R"(set model.fallbacks = ["a"])"
                                      << R"({ model: { primary: "x", fallbacks: ["a"] } })";
    QTest::addRow("inline object stays inline") << "{ a: { b: 1 } }"
                                                << "set a.b = { c: { d: [1, 2] }, e: 'f' }"
                                                << "{ a: { b: { c: { d: [1, 2] }, e: \"f\" } } }";
    QTest::addRow("comment between key and value") << "{\n  a: /* why */ 1, // note\n  b: 2,\n}\n"
                                                   << "set a = \"x\""
                                                   << "{\n  a: /* why */ \"x\", // note\n  b: 2,\n}\n";
    QTest::addRow("strings escaped") << "{\n  a: 1,\n}"
                                     << R"(set a = "q\" s' b\\ n\n é 😀")"
                                     << "{\n  a: \"q\\\" s' b\\\\ n\\n é 😀\",\n}";
    QTest::addRow("single quote style") << "{'a': 'x', b: 'y', 'c': \"z\"}"
                                        << R"(set d = "it's")"
                                        << "{'a': 'x', b: 'y', 'c': \"z\", d: 'it\\'s'}";
    QTest::addRow("key needing quotes") << "{\n  a: 1,\n}"
                                        << R"(set ["my-key"] = true)"
                                        << "{\n  a: 1,\n  \"my-key\": true,\n}";
    QTest::addRow("strict stays strict")
        << "{\n  \"a\": 1\n}"
        << R"(set b = { c: [1, "x"], d: true })"
        << "{\n  \"a\": 1,\n  \"b\": {\n    \"c\": [\n      1,\n      \"x\"\n"
           "    ],\n    \"d\": true\n  }\n}";
    QTest::addRow("remove last keeps tidy {}") << "{\n  a: {\n    b: 1,\n  },\n}\n"
                                               << "remove a.b"
                                               << "{\n  a: {},\n}\n";
    QTest::addRow("remove takes same-line comment") << "{\n  a: 1, // about a\n  // about b\n  b: 2,\n}"
                                                    << "remove a"
                                                    << "{\n  // about b\n  b: 2,\n}";
    QTest::addRow("remove last drops separator") << "{\n  a: 1,\n  b: 2\n}"
                                                 << "remove b"
                                                 << "{\n  a: 1\n}";
    QTest::addRow("remove inline middle") << "[1, 2, 3]"
                                          << "remove [1]"
                                          << "[1, 3]";
    QTest::addRow("remove inline last") << "{ a: 1, b: 2 }"
                                        << "remove b"
                                        << "{ a: 1 }";
    QTest::addRow("remove only inline") << "{ a: { b: 1 } }"
                                        << "remove a.b"
                                        << "{ a: {} }";
    QTest::addRow("append after comment") << "[\n  1 // one\n]"
                                          << "insert [] 1 2"
                                          << "[\n  1, // one\n  2\n]";
    QTest::addRow("insert above comment") << "[\n  // first\n  1,\n]"
                                          << "insert [] 0 0"
                                          << "[\n  0,\n  // first\n  1,\n]";
    QTest::addRow("empty inline parent") << "{ a: {}, b: 1 }"
                                         << "set a.x = 1"
                                         << "{ a: { x: 1 }, b: 1 }";
    QTest::addRow("empty in multi-line") << "{\n  a: {},\n}"
                                         << "set a.x = 1"
                                         << "{\n  a: {\n    x: 1,\n  },\n}";
    QTest::addRow("empty root strict") << "{}"
                                       << "set a.b = 1"
                                       << "{\n  \"a\": {\n    \"b\": 1\n  }\n}";
    QTest::addRow("create array") << "{\n  a: 1,\n}"
                                  << "insert list 0 'x'"
                                  << "{\n  a: 1,\n  list: [\"x\"],\n}";
    QTest::addRow("root replace keeps comments") << "// c\n[1] // d\n"
                                                 << "set [] = [2]"
                                                 << "// c\n[2] // d\n";
    QTest::addRow("move inline") << "['a', 'b', 'c']"
                                 << "move [] 0 2"
                                 << "['b', 'c', 'a']";
    QTest::addRow("big object multi-line")
        << "{\n  a: 1,\n}"
        << "set b = { c: 1, d: 2, e: 3, f: 4 }"
        << "{\n  a: 1,\n  b: {\n    c: 1,\n    d: 2,\n    e: 3,\n    f: 4,\n  },\n}";
    QTest::addRow("cr line endings")
        << "{\r  a: 1,\r}"
        << "set b = { c: 1, d: 2, e: 3, f: [1] }"
        << "{\r  a: 1,\r  b: {\r    c: 1,\r    d: 2,\r    e: 3,\r    f: [1],\r  },\r}";
    QTest::addRow("crlf remove") << "{\r\n  a: 1,\r\n  b: 2,\r\n}\r\n"
                                 << "remove a"
                                 << "{\r\n  b: 2,\r\n}\r\n";
    QTest::addRow("duplicates removed together") << "{ a: 1, b: 2, a: 3 }"
                                                 << "remove a"
                                                 << "{ b: 2 }";
    QTest::addRow("duplicate set hits last") << "{ a: 1, b: 2, a: 3 }"
                                             << "set a = 4"
                                             << "{ a: 1, b: 2, a: 4 }";
    QTest::addRow("merge keeps inner comments")
        << "{\n  p: {\n    a: 1, // one\n    b: 2, // two\n  },\n}"
        << "set p = { b: 3, a: 1, c: 4 }"
        << "{\n  p: {\n    a: 1, // one\n    b: 3, // two\n    c: 4,\n  },\n}";
}

void TestJson5Edit::layout()
{
    QFETCH(QString, input);
    QFETCH(QString, edit);
    QFETCH(QString, output);
    Json5Document doc = Json5Document::parse(input);
    QVERIFY(doc.isValid());
    QString error;
    const QList<EditStep> steps = parseEditScript(edit, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(steps.size(), 1);
    JsonValue model = doc.value();
    QVERIFY2(applyStep(doc, steps.first(), &error), qPrintable(error));
    QVERIFY(applyStep(model, steps.first()));
    QCOMPARE(doc.text(), output);
    QCOMPARE(doc.value(), model);
    QCOMPARE(Json5Document::parse(output).value(), model);
}

void TestJson5Edit::identicalSetChangesNothing()
{
    const QString text = QStringLiteral("{\n  a: 0x10, // hex\n  b: { c: [1, 2] },\n}");
    Json5Document doc = Json5Document::parse(text);
    QVERIFY(doc.set({"a"}, 16));
    QVERIFY(doc.set({"b"}, Json5Document::parse(QStringLiteral("{c: [1, 2]}")).value()));
    QVERIFY(doc.remove({"missing"}));
    QVERIFY(doc.remove({"b", "c", "7"}));
    QVERIFY(doc.move({"b", "c"}, 1, 1));
    QCOMPARE(doc.text(), text);
}

void TestJson5Edit::failures()
{
    const QString text = QStringLiteral("{ a: 'str', list: [1, 2], o: {} }");
    Json5Document doc = Json5Document::parse(text);
    QString error;
    QVERIFY(!doc.set({"a", "b"}, 1, &error));
    QVERIFY2(error.contains(QLatin1String("'a' is a string")), qPrintable(error));
    QVERIFY(!doc.set({"list", "x"}, 1, &error));
    QVERIFY(!doc.set({"list", "5"}, 1, &error));
    QVERIFY(!doc.insert({"a"}, 0, 1, &error));
    QVERIFY(!doc.insert({"list"}, 3, 1, &error));
    QVERIFY(!doc.insert({"missing"}, 1, 1, &error));
    QVERIFY(!doc.move({"list"}, 0, 2, &error));
    QVERIFY(!doc.move({"o"}, 0, 0, &error));
    QVERIFY(!doc.remove({}, &error));
    QCOMPARE(doc.text(), text);                 // failed edits change nothing
    QVERIFY(doc.set({"list", "2"}, 3, &error)); // index == size appends
    QCOMPARE(doc.text(), QStringLiteral("{ a: 'str', list: [1, 2, 3], o: {} }"));

    Json5Document invalid = Json5Document::parse(QStringLiteral("{"));
    QVERIFY(!invalid.isValid());
    QVERIFY(!invalid.set({"a"}, 1, &error));
    QCOMPARE(invalid.locate({"a"}).line, 0);
}

void TestJson5Edit::locations()
{
    const Json5Document doc = Json5Document::parse(QStringLiteral(
        "{\n  // c\n  agents: {\n    'defaults': { model: \"x\" },\n  },\n  list: [10, 20],\n}"));
    QVERIFY(doc.isValid());
    QCOMPARE(doc.locate({}).line, 1);
    QCOMPARE(doc.locate({"agents"}).line, 3);
    QCOMPARE(doc.locate({"agents"}).column, 11);
    QCOMPARE(doc.keyLocation({"agents"}).column, 3);
    QCOMPARE(doc.keyLocation({"agents", "defaults"}).column, 5);
    QCOMPARE(doc.locate({"agents", "defaults", "model"}).column, 26);
    QCOMPARE(doc.keyLocation({"agents", "defaults", "model"}).column, 19);
    QCOMPARE(doc.locate({"list", "1"}).column, 14);
    QCOMPARE(doc.keyLocation({"list", "1"}).column, 14);
    // Missing: the nearest existing ancestor.
    QCOMPARE(doc.locate({"agents", "defaults", "nope", "deeper"}).column, 17);
    QCOMPARE(doc.locate({"agents", "defaults", "nope", "deeper"}).line, 4);
    QVERIFY(doc.contains({"list", "0"}));
    const Json5Document crlf =
        Json5Document::parse(QStringLiteral("{\r\n  a: 1,\r\n  b: [\r\n    '\U0001F600', 'x'\r\n  ]\r\n}"));
    QCOMPARE(crlf.locate({"b", "1"}).line, 4);
    QCOMPARE(crlf.locate({"b", "1"}).column, 10); // the emoji counts as one column
    const Json5Document cr = Json5Document::parse(QStringLiteral("{\r\r  a: 1\r}"));
    QCOMPARE(cr.keyLocation({"a"}).line, 3);
    QCOMPARE(cr.keyLocation({"a"}).column, 3);
    QVERIFY(!doc.contains({"list", "2"}));
    QVERIFY(!doc.contains({"agents", "defaults", "model", "x"}));
}

QTEST_GUILESS_MAIN(TestJson5Edit)
#include "tst_json5edit.moc"
