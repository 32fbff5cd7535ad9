// JsonLogic operators against the behaviour of json-logic-js 2.0 (JSON.stringify of its result),
// including the JavaScript coercion corners.

#include "core/jsonlogic.h"

#include <catch2/catch.hpp>

using meso::core::Logic;
using meso::core::LogicError;
using meso::core::Value;

namespace {

std::string run(const char *rule, const char *data = "null",
                Logic::Mode mode = Logic::Mode::Lenient)
{
    const Logic logic = Logic::compile(nlohmann::json::parse(rule), mode);
    return meso::core::js::stringify(
        logic.evaluate(Value::fromJson(nlohmann::ordered_json::parse(data))));
}

struct Case
{
    const char *rule, *data, *expected;
};

} // namespace

TEST_CASE("JsonLogic operators follow json-logic-js", "[jsonlogic]")
{
    const Case cases[] = {
        // equality and its coercions
        {R"({"==":[1,1]})", "null", "true"},
        {R"({"==":[1,"1"]})", "null", "true"},
        {R"({"==":[0,false]})", "null", "true"},
        {R"({"==":[null,0]})", "null", "false"},
        {R"({"==":[null,null]})", "null", "true"},
        {R"({"==":[[],false]})", "null", "true"},
        {R"({"==":["1e3",1000]})", "null", "true"},
        {R"({"==":[" 12 ",12]})", "null", "true"},
        {R"({"==":["0x10",16]})", "null", "true"},
        {R"({"==":[[1],[1]]})", "null", "false"},
        {R"({"==":[{"var":"a"},{"var":"a"}]})", R"({"a":[1]})", "true"},
        {R"({"==":[[1,2],"1,2"]})", "null", "true"},
        {R"({"==":[1]})", "null", "false"},
        {R"({"===":[1,"1"]})", "null", "false"},
        {R"({"===":[1,1.0]})", "null", "true"},
        {R"({"!=":[1,"1"]})", "null", "false"},
        {R"({"!==":[1,"1"]})", "null", "true"},
        // comparisons: strings compare as strings, anything else as numbers
        {R"({">":[2,1]})", "null", "true"},
        {R"({">":["2",1]})", "null", "true"},
        {R"({">":["a",1]})", "null", "false"},
        {R"({"<":["11","2"]})", "null", "true"},
        {R"({"<":[11,"2"]})", "null", "false"},
        {R"({"<":[null,1]})", "null", "true"},
        {R"({"<":[1,2,3]})", "null", "true"},
        {R"({"<":[1,1,3]})", "null", "false"},
        {R"({"<=":[1,1,3]})", "null", "true"},
        {R"({"<=":[1,4,3]})", "null", "false"},
        {R"({">=":["b","a"]})", "null", "true"},
        {R"({">=":[1,"x"]})", "null", "false"},
        // truthiness: [] is false, "0" is true
        {R"({"!":[true]})", "null", "false"},
        {R"({"!":[[]]})", "null", "true"},
        {R"({"!":[]})", "null", "true"},
        {R"({"!!":[["0"]]})", "null", "true"},
        {R"({"!!":[[]]})", "null", "false"},
        {R"({"!!":["0"]})", "null", "true"},
        {R"({"!!":[0]})", "null", "false"},
        // and / or return an operand
        {R"({"or":[false,0,"a"]})", "null", R"("a")"},
        {R"({"or":[false,0]})", "null", "0"},
        {R"({"and":[1,"",2]})", "null", R"("")"},
        {R"({"and":[1,2]})", "null", "2"},
        {R"({"and":[]})", "null", "null"},
        // if
        {R"({"if":[]})", "null", "null"},
        {R"({"if":[true,"yes","no"]})", "null", R"("yes")"},
        {R"({"if":[false,"yes"]})", "null", "null"},
        {R"({"if":[false,1,false,2,3]})", "null", "3"},
        {R"({"if":[[],1,2]})", "null", "2"},
        {R"({"?:":[true,1,2]})", "null", "1"},
        // arithmetic: + and * use parseFloat, - / % use ToNumber
        {R"({"+":[1,"1"]})", "null", "2"},
        {R"({"+":[]})", "null", "0"},
        {R"({"+":"3"})", "null", "3"},
        {R"({"+":["0x10"]})", "null", "0"},
        {R"({"+":[" 3px"]})", "null", "3"},
        {R"({"+":[null]})", "null", "null"},
        {R"({"+":[0.1,0.2]})", "null", "0.30000000000000004"},
        {R"({"*":["2",3]})", "null", "6"},
        {R"({"*":[2]})", "null", "2"},
        {R"({"*":["2"]})", "null", R"("2")"},
        {R"({"-":[4,"1"]})", "null", "3"},
        {R"({"-":[2]})", "null", "-2"},
        {R"({"-":["2"]})", "null", "-2"},
        {R"({"-":[[],true]})", "null", "-1"},
        {R"({"/":[4,2]})", "null", "2"},
        {R"({"/":[1,0]})", "null", "null"},
        {R"({"%":[7,3]})", "null", "1"},
        {R"({"%":[-7,3]})", "null", "-1"},
        {R"({"min":[1,2,3]})", "null", "1"},
        {R"({"max":[1,"4",3]})", "null", "4"},
        {R"({"max":[]})", "null", "null"},
        {R"({"min":["a",1]})", "null", "null"},
        {R"({"min":[[5],7]})", "null", "5"},
        // strings
        {R"({"cat":["I love"," pie"]})", "null", R"("I love pie")"},
        {R"({"cat":[1,null,true,[1,[2,null]]]})", "null", R"("1true1,2,")"},
        {R"({"cat":[1.5,1e21,1e-7,0.000001,-0]})", "null", R"("1.51e+211e-70.0000010")"},
        {R"({"cat":[123456789012345680000]})", "null", R"("123456789012345680000")"},
        {R"({"cat":[{"var":"o"}]})", R"({"o":{"a":1}})", R"("[object Object]")"},
        {R"({"substr":["jsonlogic",4]})", "null", R"("logic")"},
        {R"({"substr":["jsonlogic",-5]})", "null", R"("logic")"},
        {R"({"substr":["jsonlogic",1,3]})", "null", R"("son")"},
        {R"({"substr":["jsonlogic",4,-2]})", "null", R"("log")"},
        {R"({"substr":["jsonlogic",4,"-2"]})", "null", R"("")"},
        {R"({"substr":["héllo",1,1]})", "null", R"("é")"},
        {R"({"substr":[12345,1,2]})", "null", R"("23")"},
        {R"({"in":["Spring","Springfield"]})", "null", "true"},
        {R"({"in":["i",["a","i"]]})", "null", "true"},
        {R"({"in":[1,["1"]]})", "null", "false"},
        {R"({"in":["a",null]})", "null", "false"},
        {R"({"in":[1,"123"]})", "null", "true"},
        // arrays
        {R"({"merge":[[1,2],[3],4]})", "null", "[1,2,3,4]"},
        {R"({"merge":[]})", "null", "[]"},
        {R"({"map":[{"var":"x"},{"*":[{"var":""},2]}]})", R"({"x":[1,2]})", "[2,4]"},
        {R"({"map":[5,{"var":""}]})", "null", "[]"},
        {R"({"filter":[[1,2,3],{">":[{"var":""},1]}]})", "null", "[2,3]"},
        {R"({"reduce":[[1,2,3],{"+":[{"var":"current"},{"var":"accumulator"}]},0]})", "null", "6"},
        {R"({"reduce":[null,{"var":"current"},7]})", "null", "7"},
        {R"({"reduce":[[1],{"var":"accumulator"}]})", "null", "null"},
        {R"({"all":[[1,2],{">":[{"var":""},0]}]})", "null", "true"},
        {R"({"all":[[],{"var":""}]})", "null", "false"},
        {R"({"all":["ab",{"var":""}]})", "null", "false"},
        {R"({"all":[null,true]})", "null", "false"},
        {R"({"in":["",""]})", "null", "false"},
        {R"({"in":["","a"]})", "null", "true"},
        {R"({"all":[5,true]})", "null", "false"},
        {R"({"some":[[0,1],{"var":""}]})", "null", "true"},
        {R"({"some":["ab",true]})", "null", "false"},
        {R"({"none":[[0,0],{"var":""}]})", "null", "true"},
        // the list from the data by a constant path (referenced, not copied), or its default
        {R"({"some":[{"var":"o.xs"},{"==":[{"var":""},2]}]})", R"({"o":{"xs":[1,2]}})", "true"},
        {R"({"some":[{"var":"o.xs"},{"==":[{"var":""},3]}]})", R"({"o":{"xs":[1,2]}})", "false"},
        {R"({"none":[{"var":"xs"},{"var":"a"}]})", R"({"xs":[{"a":0},{"a":false}]})", "true"},
        {R"({"all":[{"var":"xs"},{"var":"a"}]})", R"({"xs":[{"a":1},{"a":"b"}]})", "true"},
        {R"({"all":[{"var":"ys"},{"var":"a"}]})", R"({"xs":[{"a":1}]})", "false"},
        {R"({"some":[{"var":["ys",[0,4]]},{">":[{"var":""},3]}]})", R"({"xs":[]})", "true"},
        {R"({"filter":[{"var":"xs.1"},{"var":""}]})", R"({"xs":[[0],[1,0,2]]})", "[1,2]"},
        {R"({"map":[{"var":"xs.length"},{"var":""}]})", R"({"xs":[1]})", "[]"},
        {R"({"!":{"var":"a.b"}})", R"({"a":{"b":0}})", "true"},
        {R"({"!":{"var":["a.c",1]}})", R"({"a":{"b":0}})", "false"},
        // var: dotted paths, defaults, arrays and strings
        {R"({"var":"a"})", R"({"a":1})", "1"},
        {R"({"var":["b",5]})", R"({"a":1})", "5"},
        {R"({"var":"a.b"})", R"({"a":{"b":2}})", "2"},
        {R"({"var":1})", R"(["x","y"])", R"("y")"},
        {R"({"var":""})", "5", "5"},
        {R"({"var":[]})", R"({"a":1})", R"({"a":1})"},
        {R"({"var":"a"})", R"({"a":null})", "null"},
        {R"({"var":["a",3]})", R"({"a":null})", "null"},
        {R"({"var":["a.b",3]})", R"({"a":null})", "3"},
        {R"({"var":"x.length"})", R"({"x":[1,2]})", "2"},
        {R"({"var":"s.1"})", R"({"s":"abc"})", R"("b")"},
        {R"({"var":{"cat":["a",".","b"]}})", R"({"a":{"b":"dyn"}})", R"("dyn")"},
        {R"({"missing":["a","b"]})", R"({"a":1})", R"(["b"])"},
        {R"({"missing":["a"]})", R"({"a":""})", R"(["a"])"},
        {R"({"missing":{"merge":["a",["b"]]}})", "{}", R"(["a","b"])"},
        {R"({"missing_some":[1,["a","b"]]})", R"({"a":1})", "[]"},
        {R"({"missing_some":[2,["a","b","c"]]})", R"({"a":1})", R"(["b","c"])"},
        // literals: objects of more than one key, nested arrays are evaluated
        {R"({"var":"x"})", R"({"x":{"k":1,"j":2}})", R"({"k":1,"j":2})"},
        {R"([1,{"var":"a"}])", R"({"a":2})", "[1,2]"},
        {R"({"a":1,"b":2})", "null", R"({"a":1,"b":2})"},
        {R"("text")", "null", R"("text")"},
    };
    for (const Case &c : cases) {
        INFO(c.rule << " on " << c.data);
        CHECK(run(c.rule, c.data) == c.expected);
    }
}

TEST_CASE("JsonLogic runtime errors are reported like json-logic-js throws", "[jsonlogic]")
{
    CHECK_THROWS_AS(run(R"({"*":[]})"), LogicError);
    // Lenient mode (the logic command): an unknown operator fails only when it is reached.
    CHECK(run(R"({"if":[true,1,{"nope":[]}]})") == "1");
    // A one-key object is an operation, even inside arguments.
    CHECK_THROWS_WITH(run(R"({"cat":[{"a":1}]})"), "Unrecognized operation a");
    CHECK_THROWS_WITH(run(R"({"if":[false,1,{"nope":[]}]})"), "Unrecognized operation nope");
}

TEST_CASE("Strict compilation rejects unknown operators and wrong argument counts", "[jsonlogic]")
{
    auto strictError = [](const char *rule) -> std::string {
        try {
            Logic::compile(nlohmann::json::parse(rule), Logic::Mode::Strict);
        } catch (const LogicError &e) {
            return e.pointer() + " " + e.what();
        }
        return "compiled";
    };
    CHECK(strictError(R"({"and":[{"in":["a",{"var":"x"}]},{"nope":[1]}]})") ==
          R"(/and/1/nope unknown JsonLogic operator "nope")");
    CHECK(strictError(R"({"==":[1]})") == R"(/== operator "==" takes 2 argument(s), got 1)");
    CHECK(strictError(R"({"<":[1,2,3,4]})") ==
          R"(/< operator "<" takes 2 to 3 argument(s), got 4)");
    CHECK(strictError(R"({"in":["a",{"var":"x"}]})") == "compiled");
}

TEST_CASE("A compiled rule is evaluated many times on different data", "[jsonlogic]")
{
    const Logic rule = Logic::compile(nlohmann::json::parse(R"({"<":[{"var":"age"},18]})"));
    CHECK(meso::core::js::truthy(rule.evaluate(Value::fromJson(nlohmann::json{{"age", 17}}))));
    CHECK_FALSE(
        meso::core::js::truthy(rule.evaluate(Value::fromJson(nlohmann::json{{"age", 18}}))));
    CHECK_FALSE(
        meso::core::js::truthy(rule.evaluate(Value::fromJson(nlohmann::json{{"age", "40"}}))));
}
