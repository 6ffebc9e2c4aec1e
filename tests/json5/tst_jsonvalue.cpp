// JsonValue: ordering, equality, conversions and JSON.stringify-compatible output.
#include "jsonvalue.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace clawdesk;

Q_DECLARE_METATYPE(clawdesk::JsonValue)

class TestJsonValue : public QObject
{
    Q_OBJECT

private slots:
    void types();
    void conversions();
    void objectsKeepOrder();
    void largeObjects();
    void arrays();
    void refAndFind();
    void equality();
    void copyOnWrite();
    void qjsonRoundTrip();
    void numberFormat_data();
    void numberFormat();
    void toJsonCompactAndPretty_data();
    void toJsonCompactAndPretty();
    void stringEscapes();
};

void TestJsonValue::types()
{
    QCOMPARE(JsonValue().type(), JsonValue::Type::Undefined);
    QVERIFY(JsonValue().isUndefined());
    QVERIFY(JsonValue(nullptr).isNull());
    QVERIFY(JsonValue(true).isBool());
    QVERIFY(JsonValue(1).isNumber());
    QVERIFY(JsonValue(qint64(1) << 40).isNumber());
    QVERIFY(JsonValue(1.5).isNumber());
    QVERIFY(JsonValue("x").isString());
    QVERIFY(JsonValue(QStringLiteral("x")).isString());
    QVERIFY(JsonValue::array().isArray());
    QVERIFY(JsonValue::object().isObject());
    QVERIFY(JsonValue(1).isScalar());
    QVERIFY(!JsonValue::object().isScalar());
}

void TestJsonValue::conversions()
{
    QCOMPARE(JsonValue(true).toBool(), true);
    QCOMPARE(JsonValue(1).toBool(true), true); // not a bool: the default
    QCOMPARE(JsonValue(2.5).toDouble(), 2.5);
    QCOMPARE(JsonValue("2").toDouble(7), 7.0);
    QCOMPARE(JsonValue(200000).toInteger(), 200000);
    QCOMPARE(JsonValue(qint64(1) << 53).toInteger(), qint64(1) << 53);
    QCOMPARE(JsonValue(2.5).toInteger(-1), -1);   // not integral
    QCOMPARE(JsonValue(1e300).toInteger(-1), -1); // out of range
    QCOMPARE(JsonValue(std::nan("")).toInteger(-1), -1);
    QCOMPARE(JsonValue("é").toString(), QString::fromUtf8("é"));
    QCOMPARE(JsonValue(1).toString(QStringLiteral("d")), QStringLiteral("d"));
    QCOMPARE(JsonValue(nullptr).size(), 0);
}

void TestJsonValue::objectsKeepOrder()
{
    JsonValue o = JsonValue::object();
    o.insert(QStringLiteral("zeta"), 1);
    o.insert(QStringLiteral("alpha"), 2);
    o.insert(QStringLiteral("mid"), 3);
    QCOMPARE(o.keys(), (QStringList{"zeta", "alpha", "mid"}));
    o.insert(QStringLiteral("zeta"), 9); // replaces in place
    QCOMPARE(o.keys(), (QStringList{"zeta", "alpha", "mid"}));
    QCOMPARE(o[QStringLiteral("zeta")].toInteger(), 9);
    o.remove(QStringLiteral("alpha"));
    QCOMPARE(o.keys(), (QStringList{"zeta", "mid"}));
    QCOMPARE(o.size(), 2);
    QVERIFY(o[QStringLiteral("alpha")].isUndefined());
    QVERIFY(!o.contains(QStringLiteral("alpha")));
    QCOMPARE(o.toJson(), QStringLiteral(R"({"zeta":9,"mid":3})"));
    QVERIFY(JsonValue(1)[QStringLiteral("a")].isUndefined());
}

void TestJsonValue::largeObjects()
{
    JsonValue o = JsonValue::object();
    for (int i = 0; i < 1000; ++i)
        o.insert(QStringLiteral("k%1").arg(999 - i), i);
    QCOMPARE(o.size(), 1000);
    QCOMPARE(o.keys().first(), QStringLiteral("k999"));
    QCOMPARE(o[QStringLiteral("k0")].toInteger(), 999);
    o.remove(QStringLiteral("k500"));
    QVERIFY(!o.contains(QStringLiteral("k500")));
    QCOMPARE(o[QStringLiteral("k499")].toInteger(), 500);
    o.insert(QStringLiteral("k500"), -1);
    QCOMPARE(o.keys().last(), QStringLiteral("k500"));
}

void TestJsonValue::arrays()
{
    JsonValue a = JsonValue::array({1, "two"});
    a.append(3.5);
    a.insertAt(0, nullptr);
    a.insertAt(99, true); // clamped: appends
    QCOMPARE(a.size(), 5);
    QCOMPARE(a.toJson(), QStringLiteral(R"([null,1,"two",3.5,true])"));
    a.removeAt(1);
    a.removeAt(42); // ignored
    QCOMPARE(a.at(0).isNull(), true);
    QVERIFY(a.at(-1).isUndefined());
    QVERIFY(a.at(10).isUndefined());
    QCOMPARE(a.items().size(), 4);
    JsonValue b;
    b.append(1); // Undefined becomes an array
    QVERIFY(b.isArray());
    b.refAt(2) = 3; // padded with null
    QCOMPARE(b.toJson(), QStringLiteral("[1,null,3]"));
}

void TestJsonValue::refAndFind()
{
    JsonValue root;
    root.ref(QStringLiteral("agents")).ref(QStringLiteral("defaults")).ref(QStringLiteral("model")) =
        JsonValue::object();
    root.ref(QStringLiteral("agents")).ref(QStringLiteral("list")) = JsonValue::array({JsonValue::object()});
    JsonValue &primary = root.ref(QStringLiteral("agents"))
                             .ref(QStringLiteral("defaults"))
                             .ref(QStringLiteral("model"))
                             .ref(QStringLiteral("primary"));
    QVERIFY(primary.isUndefined());
    primary = "minimax/MiniMax-M2.1";
    const JsonValue *found = root.find({"agents", "defaults", "model", "primary"});
    QVERIFY(found);
    QCOMPARE(found->toString(), QStringLiteral("minimax/MiniMax-M2.1"));
    QVERIFY(root.find({"agents", "list", "0"}));
    QVERIFY(!root.find({"agents", "list", "1"}));
    QVERIFY(!root.find({"agents", "list", "00"}));
    QVERIFY(!root.find({"agents", "missing"}));
    QVERIFY(!root.find({"agents", "defaults", "model", "primary", "deeper"}));
    QCOMPARE(root.find({}), &root);
}

void TestJsonValue::equality()
{
    JsonValue a = JsonValue::object();
    a.insert(QStringLiteral("x"), 1);
    a.insert(QStringLiteral("y"), JsonValue::array({1, 2}));
    JsonValue b = JsonValue::object();
    b.insert(QStringLiteral("y"), JsonValue::array({1, 2}));
    b.insert(QStringLiteral("x"), 1.0);
    QVERIFY(a == b); // objects compare as JSON does: member order does not matter
    QVERIFY(JsonValue::array({1, 2}) != JsonValue::array({2, 1})); // arrays do
    b.insert(QStringLiteral("z"), nullptr);
    QVERIFY(a != b);
    QVERIFY(JsonValue(1) != JsonValue("1"));
    QVERIFY(JsonValue() != JsonValue(nullptr));
    QVERIFY(JsonValue(std::nan("")) == JsonValue(std::nan("")));
    QVERIFY(JsonValue(0.0) == JsonValue(-0.0));
}

void TestJsonValue::copyOnWrite()
{
    JsonValue a = JsonValue::array({1, 2});
    JsonValue b = a;
    b.append(3);
    QCOMPARE(a.size(), 2);
    QCOMPARE(b.size(), 3);
    JsonValue o = JsonValue::object();
    o.insert(QStringLiteral("k"), 1);
    JsonValue p = o;
    p.ref(QStringLiteral("k")) = 2;
    QCOMPARE(o[QStringLiteral("k")].toInteger(), 1);
}

void TestJsonValue::qjsonRoundTrip()
{
    QJsonObject obj{
        {"b", 1}, {"a", QJsonArray{true, QJsonValue::Null, "s", 2.5}}, {"o", QJsonObject{{"k", "v"}}}};
    const JsonValue v = JsonValue::fromQJsonValue(obj);
    QCOMPARE(v.keys(), (QStringList{"a", "b", "o"})); // QJsonObject iterates sorted
    QCOMPARE(v.toQJsonValue(), QJsonValue(obj));
    QVERIFY(JsonValue::fromQJsonValue(QJsonValue(QJsonValue::Undefined)).isUndefined());
    QCOMPARE(JsonValue().toQJsonValue().type(), QJsonValue::Undefined);
}

void TestJsonValue::numberFormat_data()
{
    QTest::addColumn<double>("number");
    QTest::addColumn<QString>("text"); // what JavaScript's String(number) prints
    QTest::addRow("200000") << 200000.0 << "200000";
    QTest::addRow("0.3") << 0.3 << "0.3";
    QTest::addRow("0.1+0.2") << 0.1 + 0.2 << "0.30000000000000004";
    QTest::addRow("1e21") << 1e21 << "1e+21";
    QTest::addRow("1e20") << 1e20 << "100000000000000000000";
    QTest::addRow("-0") << -0.0 << "0";
    QTest::addRow("2^53") << 9007199254740992.0 << "9007199254740992";
    QTest::addRow("2^53+2") << 9007199254740994.0 << "9007199254740994";
    QTest::addRow("-1.5") << -1.5 << "-1.5";
    QTest::addRow("1e-6") << 1e-6 << "0.000001";
    QTest::addRow("1e-7") << 1e-7 << "1e-7";
    QTest::addRow("1.5e-7") << 1.5e-7 << "1.5e-7";
    QTest::addRow("123.456") << 123.456 << "123.456";
    QTest::addRow("2e23") << 2e23 << "2e+23";
    QTest::addRow("max") << std::numeric_limits<double>::max() << "1.7976931348623157e+308";
    QTest::addRow("min denormal") << 5e-324 << "5e-324";
    QTest::addRow("8192") << 8192.0 << "8192";
    QTest::addRow("0.15") << 0.15 << "0.15";
}

void TestJsonValue::numberFormat()
{
    QFETCH(double, number);
    QFETCH(QString, text);
    QCOMPARE(formatJsonNumber(number), text);
    QCOMPARE(JsonValue(number).toJson(), text);
    QCOMPARE(text.toDouble(), number); // round-trips
}

void TestJsonValue::toJsonCompactAndPretty_data()
{
    JsonValue config = JsonValue::object();
    config.ref(QStringLiteral("model")).insert(QStringLiteral("primary"), "a/b");
    config.ref(QStringLiteral("model")).insert(QStringLiteral("fallbacks"), JsonValue::array({"c/d", "e"}));
    config.insert(QStringLiteral("empty"), JsonValue::object());
    config.insert(QStringLiteral("list"), JsonValue::array());
    config.insert(QStringLiteral("n"), 200000);
    config.insert(QStringLiteral("bad"), std::numeric_limits<double>::infinity());
    config.insert(QStringLiteral("gone"), JsonValue()); // undefined members are skipped
    config.insert(QStringLiteral("arr"), JsonValue::array({JsonValue(), std::nan("")}));

    QTest::addColumn<JsonValue>("value");
    QTest::addColumn<int>("indent");
    QTest::addColumn<QString>("json");
    // Expected texts are what JSON.stringify(value, null, indent) prints.
    QTest::addRow("compact") << config << 0
                             << R"({"model":{"primary":"a/b","fallbacks":["c/d","e"]},"empty":{},"list":[],)"
                                R"("n":200000,"bad":null,"arr":[null,null]})";
    QTest::addRow("pretty 2")
        << config << 2
        << "{\n  \"model\": {\n    \"primary\": \"a/b\",\n    \"fallbacks\": [\n      \"c/d\",\n"
           "      \"e\"\n    ]\n  },\n  \"empty\": {},\n  \"list\": [],\n  \"n\": 200000,\n"
           "  \"bad\": null,\n  \"arr\": [\n    null,\n    null\n  ]\n}";
    QTest::addRow("pretty 4 scalar array") << JsonValue::array({1, "x"}) << 4 << "[\n    1,\n    \"x\"\n]";
    QTest::addRow("scalar") << JsonValue("s") << 2 << "\"s\"";
    QTest::addRow("undefined") << JsonValue() << 0 << "";
}

void TestJsonValue::toJsonCompactAndPretty()
{
    QFETCH(JsonValue, value);
    QFETCH(int, indent);
    QFETCH(QString, json);
    QCOMPARE(value.toJson(indent), json);
}

void TestJsonValue::stringEscapes()
{
    const QString s = QStringLiteral("q\" b\\ n\n t\t c\x01 é \u2028 ") + QChar(0xD800);
    QCOMPARE(JsonValue(s).toJson(), QStringLiteral("\"q\\\" b\\\\ n\\n t\\t c\\u0001 é \u2028 \\ud800\""));
}

QTEST_GUILESS_MAIN(TestJsonValue)
#include "tst_jsonvalue.moc"
