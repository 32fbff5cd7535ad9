#pragma once

#include <nlohmann/json_fwd.hpp>

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace meso::core {

class Value;

// The name of an object's member, interned: every Name of the same text points at one string
// kept for the life of the process. Two names compare as two pointers, and an object's member
// takes 40 bytes instead of 64 (a std::string is 32), so a facts object spans fewer cache lines:
// rules evaluated on facts built long before read them from main memory (docs/performance.md).
// Names come from the catalog, the engine and JSON given to the CLI: a bounded vocabulary.
class Name
{
public:
    Name(std::string_view text);
    Name(const std::string &text) : Name(std::string_view(text)) {}
    Name(const char *text) : Name(std::string_view(text)) {}

    const std::string &str() const { return *m_text; }
    friend bool operator==(const Name &a, const Name &b) { return a.m_text == b.m_text; }

private:
    const std::string *m_text;
};

using Array = std::vector<Value>;
using Object = std::vector<std::pair<Name, Value>>;

// A JavaScript value as json-logic-js sees it: undefined, null, boolean, number (always a double),
// string, array or object. Arrays and objects are immutable and shared, so copying a Value is cheap
// and `===` on them compares identity, exactly as in JavaScript.
class Value
{
public:
    enum class Type : unsigned char
    {
        Undefined,
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };

    Value() = default; // undefined
    static Value null();
    Value(bool b) : m_type(Type::Bool), m_bool(b) {}
    Value(double d) : m_type(Type::Number), m_number(d) {}
    Value(int i) : m_type(Type::Number), m_number(i) {}
    Value(std::string s);
    Value(const char *s) : Value(std::string(s)) {}
    Value(Array a);
    Value(Object o);
    // An object owned elsewhere; the owner must not change it while a rule evaluates it.
    explicit Value(std::shared_ptr<const Object> o);

    Type type() const { return m_type; }
    bool isUndefined() const { return m_type == Type::Undefined; }
    bool isNull() const { return m_type == Type::Null; }
    bool isNullish() const { return m_type == Type::Null || m_type == Type::Undefined; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool boolean() const { return m_bool; }
    double number() const { return m_number; }
    const std::string &string() const { return *static_cast<const std::string *>(m_shared.get()); }
    const Array &array() const { return *static_cast<const Array *>(m_shared.get()); }
    const Object &object() const { return *static_cast<const Object *>(m_shared.get()); }
    const void *identity() const;
    // The same heap storage (a shared string, array or object): equal without comparing.
    bool sharesStorage(const Value &other) const { return m_shared && m_shared == other.m_shared; }

    // Member lookup on an object (nullptr when absent).
    const Value *find(std::string_view key) const;

    static Value fromJson(const nlohmann::json &j);
    // Keeps the document's key order, as JavaScript does (the `logic` command reads this way).
    static Value fromJson(const nlohmann::ordered_json &j);
    nlohmann::json toJson() const;

private:
    // 32 bytes: values are copied all the time while rules evaluate.
    Type m_type = Type::Undefined;
    bool m_bool = false;
    double m_number = 0;
    std::shared_ptr<const void> m_shared; // the std::string, Array or Object, by m_type
};

// JavaScript conversions, as the ECMAScript specification defines them.
namespace js {
bool truthy(const Value &v); // json-logic-js truthiness: [] is false
double toNumber(const Value &v);
std::string toString(const Value &v);
std::string numberToString(double d);
double parseFloat(const Value &v);
Value toPrimitive(const Value &v);
bool looseEquals(const Value &a, const Value &b);
bool strictEquals(const Value &a, const Value &b);
// Abstract relational comparison: returns -1, 0, 1, or 2 for "undefined" (a NaN took part).
int compare(const Value &a, const Value &b);
// JSON.stringify of a value (undefined at top level gives "null").
std::string stringify(const Value &v);
std::u16string toUtf16(std::string_view s);
std::string fromUtf16(std::u16string_view s);
} // namespace js

// How deep JSON from outside may nest. Deeper documents are refused when parsed: every
// recursive walk over them (rules, values, output) then stays far from the end of the stack.
constexpr int kMaxJsonDepth = 128;

// Parses JSON text from outside (a file, standard input). Returns false and a message for the
// user ("parse error at line 1, column 3: ...", "number overflow parsing '1E777'", "nested deeper
// than 128 levels") when it is not JSON MesoPlan can hold, instead of throwing.
bool parseJsonText(const std::string &text, nlohmann::json &out, std::string &error);
bool parseJsonText(const std::string &text, nlohmann::ordered_json &out, std::string &error);

} // namespace meso::core
