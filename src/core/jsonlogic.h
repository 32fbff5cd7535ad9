#pragma once

#include "value.h"

#include <nlohmann/json.hpp>

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace meso::core {

// A rule that could not be compiled or evaluated; `pointer` is the JSON pointer of the offending
// node inside the rule ("" for the rule itself).
class LogicError : public std::runtime_error
{
public:
    LogicError(std::string pointer, const std::string &message)
        : std::runtime_error(message), m_pointer(std::move(pointer))
    {
    }
    const std::string &pointer() const { return m_pointer; }

private:
    std::string m_pointer;
};

// A JSON pointer reference token: "~" and "/" escaped (RFC 6901).
std::string escapePointerToken(std::string_view token);

// A JsonLogic rule compiled once into an evaluation tree, with the semantics of the reference
// implementation json-logic-js 2.0 (its truthiness, loose equality, coercions and argument
// handling). Evaluating never re-reads the JSON.
class Logic
{
public:
    enum class Mode
    {
        // Catalog rules: unknown operators and wrong argument counts are compile errors.
        Strict,
        // json-logic-js behaviour (`mesoplan-cli logic`): an unknown operator fails only when
        // the evaluation reaches it, and any argument count is accepted.
        Lenient,
    };

    struct Node;

    Logic();
    static Logic compile(const nlohmann::json &rule, Mode mode = Mode::Strict);
    // Keeps the rule's key order (literal objects come out as written, as in JavaScript).
    static Logic compile(const nlohmann::ordered_json &rule, Mode mode = Mode::Strict);
    Value evaluate(const Value &data) const;

private:
    std::shared_ptr<const Node> m_root;
};

} // namespace meso::core
