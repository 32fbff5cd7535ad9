// JavaScript conversions of meso::core::js.

#include "core/value.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace meso::core;

TEST_CASE("Numbers print as JavaScript prints them", "[value]")
{
    CHECK(js::numberToString(1) == "1");
    CHECK(js::numberToString(-1.5) == "-1.5");
    CHECK(js::numberToString(0.1 + 0.2) == "0.30000000000000004");
    CHECK(js::numberToString(1e21) == "1e+21");
    CHECK(js::numberToString(1e20) == "100000000000000000000");
    CHECK(js::numberToString(1.5e-7) == "1.5e-7");
    CHECK(js::numberToString(0.000001) == "0.000001");
    CHECK(js::numberToString(-0.0) == "0");
    CHECK(js::numberToString(std::numeric_limits<double>::infinity()) == "Infinity");
    CHECK(js::numberToString(std::nan("")) == "NaN");
}

TEST_CASE("Strings convert to numbers as JavaScript converts them", "[value]")
{
    CHECK(js::toNumber(Value("  42 ")) == 42);
    CHECK(js::toNumber(Value("")) == 0);
    CHECK(js::toNumber(Value("0b101")) == 5);
    CHECK(js::toNumber(Value("-Infinity")) == -std::numeric_limits<double>::infinity());
    CHECK(std::isnan(js::toNumber(Value("12px"))));
    CHECK(std::isnan(js::toNumber(Value("-0x10"))));
    CHECK(js::parseFloat(Value("12px")) == 12);
    CHECK(js::parseFloat(Value(".5e1x")) == 5);
    CHECK(std::isnan(js::parseFloat(Value("px"))));
}

TEST_CASE("JSON.stringify escapes control characters and keeps UTF-8", "[value]")
{
    CHECK(js::stringify(Value(std::string("a\"\\\n\x01é"))) == "\"a\\\"\\\\\\n\\u0001é\"");
    CHECK(js::stringify(Value(Array{Value(), Value::null(), Value(1.5)})) == "[null,null,1.5]");
}

TEST_CASE("UTF-16 round trip keeps characters outside the BMP", "[value]")
{
    const std::string s = "h\xC3\xA9llo \xF0\x9F\x98\x80";
    CHECK(js::toUtf16(s).size() == 8);
    CHECK(js::fromUtf16(js::toUtf16(s)) == s);
}

TEST_CASE("Member names are interned: one string per text, compared by identity", "[value]")
{
    const std::string built = std::string("medic") + "ations";
    const Name a("medications");
    const Name b(built);
    const Name c(std::string_view("medications_x").substr(0, 11));
    CHECK(a == b);
    CHECK(a == c);
    CHECK(&a.str() == &b.str()); // the same stored text, not a copy
    CHECK_FALSE(a == Name("medication"));
    CHECK(Name("").str().empty());

    // An object found by text, whatever made its names, and printed with them.
    const Value facts(Object{{Name("age"), Value(42)}, {Name(built), Value(Array{"aspirin"})}});
    REQUIRE(facts.find("medications") != nullptr);
    CHECK(facts.find("medications")->array().size() == 1);
    CHECK(facts.find("medication") == nullptr);
    CHECK(js::stringify(facts) == R"({"age":42,"medications":["aspirin"]})");
    // A member is a pointer and a value: the point of interning (docs/performance.md).
    STATIC_REQUIRE(sizeof(Object::value_type) == sizeof(void *) + sizeof(Value));
}
