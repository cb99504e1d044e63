#include "workflow/definition.hpp"

#include <map>
#include <set>

#include "auth/catalogue.hpp"
#include "core/error.hpp"
#include "workflow/actions.hpp"

namespace zhixie::workflow {

namespace {
[[noreturn]] void invalid(const std::string& reason) {
    throw AppError::unprocessable("invalid_workflow", {{"reason", reason}});
}

std::string str(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_string() || it->get<std::string>().empty())
        invalid(std::string("missing \"") + key + "\"");
    return it->get<std::string>();
}
}  // namespace

const State* Definition::state(const std::string& code) const {
    for (const auto& s : states)
        if (s.code == code) return &s;
    return nullptr;
}

const State* Definition::initial_state() const {
    for (const auto& s : states)
        if (s.initial) return &s;
    return nullptr;
}

Definition from_json(const nlohmann::json& j) {
    if (!j.is_object() || !j.contains("states") || !j.contains("transitions") || !j["states"].is_array() ||
        !j["transitions"].is_array())
        invalid("states and transitions must be lists");
    Definition d;
    d.code = str(j, "code");
    d.name_zh = str(j, "name_zh");
    d.name_en = str(j, "name_en");
    for (const auto& s : j["states"]) {
        State st{str(s, "code"),
                 str(s, "name_zh"),
                 str(s, "name_en"),
                 s.value("initial", false),
                 s.value("final", false),
                 std::nullopt,
                 {}};
        if (s.contains("deadline_days") && !s["deadline_days"].is_null()) {
            if (!s["deadline_days"].is_number_integer() || s["deadline_days"].get<int>() < 1)
                invalid("deadline_days of " + st.code + " must be a positive whole number");
            st.deadline_days = s["deadline_days"].get<int>();
        }
        if (s.contains("on_enter")) st.on_enter = s["on_enter"].get<std::vector<std::string>>();
        d.states.push_back(std::move(st));
    }
    for (const auto& t : j["transitions"])
        d.transitions.push_back({str(t, "code"), str(t, "name_zh"), str(t, "name_en"), str(t, "from"),
                                 str(t, "to"), str(t, "permission")});
    return d;
}

nlohmann::json to_json(const Definition& d) {
    nlohmann::json states = nlohmann::json::array(), transitions = nlohmann::json::array();
    for (const auto& s : d.states)
        states.push_back(
            {{"code", s.code},
             {"name_zh", s.name_zh},
             {"name_en", s.name_en},
             {"initial", s.initial},
             {"final", s.final},
             {"deadline_days", s.deadline_days ? nlohmann::json(*s.deadline_days) : nlohmann::json(nullptr)},
             {"on_enter", s.on_enter}});
    for (const auto& t : d.transitions)
        transitions.push_back({{"code", t.code},
                               {"name_zh", t.name_zh},
                               {"name_en", t.name_en},
                               {"from", t.from},
                               {"to", t.to},
                               {"permission", t.permission}});
    return {{"code", d.code},
            {"name_zh", d.name_zh},
            {"name_en", d.name_en},
            {"states", states},
            {"transitions", transitions}};
}

void validate(const Definition& d) {
    std::set<std::string> codes;
    int initials = 0;
    for (const auto& s : d.states) {
        if (!codes.insert(s.code).second) invalid("state " + s.code + " is listed twice");
        if (s.initial) ++initials;
        if (s.initial && s.final) invalid("state " + s.code + " cannot be both initial and final");
        for (const auto& a : s.on_enter)
            if (!action_exists(a)) invalid("state " + s.code + " names unknown action " + a);
    }
    if (initials != 1) invalid("there must be exactly one initial state");
    std::map<std::string, std::vector<std::string>> next, prev;
    std::set<std::pair<std::string, std::string>> seen;
    for (const auto& t : d.transitions) {
        if (!d.state(t.from)) invalid("transition " + t.code + " starts from unknown state " + t.from);
        if (!d.state(t.to)) invalid("transition " + t.code + " leads to unknown state " + t.to);
        if (d.state(t.from)->final) invalid("transition " + t.code + " leaves final state " + t.from);
        if (!auth::Catalogue::get().is_permission(t.permission))
            invalid("transition " + t.code + " needs undeclared permission " + t.permission);
        if (!seen.insert({t.code, t.from}).second)
            invalid("transition " + t.code + " from " + t.from + " is listed twice");
        next[t.from].push_back(t.to);
        prev[t.to].push_back(t.from);
    }
    auto walk = [](const std::string& start, std::map<std::string, std::vector<std::string>>& edges) {
        std::set<std::string> out{start};
        std::vector<std::string> todo{start};
        while (!todo.empty()) {
            auto s = todo.back();
            todo.pop_back();
            for (const auto& n : edges[s])
                if (out.insert(n).second) todo.push_back(n);
        }
        return out;
    };
    auto reachable = walk(d.initial_state()->code, next);
    std::set<std::string> can_finish;
    for (const auto& s : d.states)
        if (s.final) {
            auto back = walk(s.code, prev);
            can_finish.insert(back.begin(), back.end());
        }
    for (const auto& s : d.states) {
        if (!reachable.count(s.code)) invalid("state " + s.code + " cannot be reached from the start");
        if (!can_finish.count(s.code)) invalid("a case in state " + s.code + " could never be finished");
    }
}

}  // namespace zhixie::workflow
