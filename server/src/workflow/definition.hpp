#pragma once
// A workflow definition is data: states, the transitions between them, the permission each transition
// needs, deadlines, and named actions run on entering a state. Each committee has its own copy.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace zhixie::workflow {

struct State {
    std::string code;
    std::string name_zh;
    std::string name_en;
    bool initial = false;
    bool final = false;
    std::optional<int> deadline_days;   // a case entering this state is due this many days later
    std::vector<std::string> on_enter;  // names of registered actions
};

struct Transition {
    std::string code;
    std::string name_zh;
    std::string name_en;
    std::string from;
    std::string to;
    std::string permission;  // module:resource:action from config/permissions.json
};

struct Definition {
    std::string code;  // e.g. "proposal"
    std::string name_zh;
    std::string name_en;
    std::vector<State> states;
    std::vector<Transition> transitions;

    const State* state(const std::string& code) const;
    const State* initial_state() const;
};

// Reads the JSON form (config/workflows/*.json and the API); throws AppError invalid_workflow.
Definition from_json(const nlohmann::json& j);
nlohmann::json to_json(const Definition& d);

// Checks that the definition can run: one initial state, unique codes, transitions between existing
// states with declared permissions and known actions, every state reachable from the start, and from
// every state a final state reachable (no case can be stranded). Throws AppError invalid_workflow.
void validate(const Definition& d);

}  // namespace zhixie::workflow
