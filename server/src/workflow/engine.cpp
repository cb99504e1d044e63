#include "workflow/engine.hpp"
#include "workflow/advance.hpp"

#include <chrono>
#include <map>
#include <mutex>

#include "audit/audit_log.hpp"
#include "core/clock.hpp"
#include "core/embedded.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "workflow/actions.hpp"

namespace zhixie::workflow {

namespace {

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v)
        out += (out.empty() ? "" : ",") + s;
    return out;
}

std::optional<std::string> due_from(const State& s) {
    if (!s.deadline_days) return std::nullopt;
    return clock::iso(clock::now() + std::chrono::hours(24 * *s.deadline_days));
}

storage::Value opt_value(const std::optional<std::string>& v) {
    return v ? storage::Value(*v) : storage::Value{};
}

// Definitions as last read, by id with the version and time of the last change: firing a transition reads
// those with the case (one query) instead of the whole definition (three) each time.
std::mutex definitions_mutex;
std::map<int64_t, std::pair<std::string, Definition>> definitions;

Definition definition_of(storage::Tx& tx, const storage::Row& c) {
    const int64_t id = c.i("definition_id");
    const std::string stamp = std::to_string(c.i("def_version")) + "@" + c.s("def_updated_at");
    {
        std::lock_guard lock(definitions_mutex);
        auto it = definitions.find(id);
        if (it != definitions.end() && it->second.first == stamp) return it->second.second;
    }
    Definition d = load_definition(tx, id);
    std::lock_guard lock(definitions_mutex);
    definitions[id] = {stamp, d};
    return d;
}

// The case with what definition_of needs.
constexpr const char* kCaseHead =
    "SELECT c.id, c.definition_id, c.subject_type, c.subject_id, c.state, c.version, c.entered_at, c.due_at, "
    "c.created_at, d.version AS def_version, d.updated_at AS def_updated_at FROM wf_cases c JOIN "
    "wf_definitions "
    "d ON d.id = c.definition_id WHERE c.id = :id AND c.committee_id = :c";

}  // namespace

int64_t install_definition(storage::Tx& tx, int64_t committee_id, const Definition& d,
                           const audit::Actor& actor) {
    validate(d);
    const std::string now = clock::now_iso();
    int64_t id;
    auto existing = find_definition(tx, committee_id, d.code);
    if (existing) {
        id = *existing;
        for (const auto& r :
             tx.query("SELECT DISTINCT c.state FROM wf_cases c WHERE c.definition_id = :d", {{"d", id}})) {
            if (!d.state(r.s("state")))
                throw AppError::unprocessable(
                    "invalid_workflow",
                    {{"reason", "cases are in state " + r.s("state") + ", which would be removed"}});
        }
        tx.exec(
            "UPDATE wf_definitions SET name_zh = :zh, name_en = :en, version = version + 1, updated_at = "
            ":now "
            "WHERE id = :id",
            {{"zh", d.name_zh}, {"en", d.name_en}, {"now", now}, {"id", id}});
        tx.exec("DELETE FROM wf_states WHERE definition_id = :id", {{"id", id}});
        tx.exec("DELETE FROM wf_transitions WHERE definition_id = :id", {{"id", id}});
    } else {
        id = tx.insert(
            "INSERT INTO wf_definitions (committee_id, code, name_zh, name_en, updated_at) VALUES (:c, "
            ":code, :zh, "
            ":en, :now) RETURNING id",
            {{"c", committee_id}, {"code", d.code}, {"zh", d.name_zh}, {"en", d.name_en}, {"now", now}});
    }
    int64_t sort = 0;
    for (const auto& s : d.states)
        tx.exec(
            "INSERT INTO wf_states (definition_id, code, name_zh, name_en, is_initial, is_final, "
            "deadline_days, "
            "on_enter, sort) VALUES (:d, :code, :zh, :en, :i, :f, :dl, :oe, :sort)",
            {{"d", id},
             {"code", s.code},
             {"zh", s.name_zh},
             {"en", s.name_en},
             {"i", int64_t{s.initial}},
             {"f", int64_t{s.final}},
             {"dl", s.deadline_days ? storage::Value(int64_t{*s.deadline_days}) : storage::Value{}},
             {"oe", join(s.on_enter)},
             {"sort", sort++}});
    sort = 0;
    for (const auto& t : d.transitions)
        tx.exec(
            "INSERT INTO wf_transitions (definition_id, code, name_zh, name_en, from_state, to_state, "
            "permission, "
            "sort) VALUES (:d, :code, :zh, :en, :from, :to, :p, :sort)",
            {{"d", id},
             {"code", t.code},
             {"zh", t.name_zh},
             {"en", t.name_en},
             {"from", t.from},
             {"to", t.to},
             {"p", t.permission},
             {"sort", sort++}});
    audit::Actor a = actor;
    if (!a.committee_id) a.committee_id = committee_id;
    audit::append(tx, a, existing ? "workflow.updated" : "workflow.installed", "workflow", std::to_string(id),
                  {{"code", d.code}, {"states", d.states.size()}, {"transitions", d.transitions.size()}});
    return id;
}

std::vector<Definition> default_definitions() {
    std::vector<Definition> out;
    for (const auto& f : embedded::files())
        if (f.name.rfind("config/workflows/", 0) == 0)
            out.push_back(from_json(nlohmann::json::parse(f.text)));
    return out;
}

void install_defaults(storage::Tx& tx, int64_t committee_id, const audit::Actor& actor) {
    for (const auto& d : default_definitions())
        if (!find_definition(tx, committee_id, d.code)) install_definition(tx, committee_id, d, actor);
}

std::optional<int64_t> find_definition(storage::Tx& tx, int64_t committee_id, const std::string& code) {
    auto r = tx.one("SELECT id FROM wf_definitions WHERE committee_id = :c AND code = :code",
                    {{"c", committee_id}, {"code", code}});
    if (!r) return std::nullopt;
    return r->i("id");
}

Definition load_definition(storage::Tx& tx, int64_t definition_id) {
    auto head =
        tx.one("SELECT code, name_zh, name_en FROM wf_definitions WHERE id = :id", {{"id", definition_id}});
    if (!head) throw AppError::not_found();
    Definition d{head->s("code"), head->s("name_zh"), head->s("name_en"), {}, {}};
    for (const auto& r : tx.query("SELECT * FROM wf_states WHERE definition_id = :id ORDER BY sort",
                                  {{"id", definition_id}})) {
        State s{r.s("code"),
                r.s("name_zh"),
                r.s("name_en"),
                r.i("is_initial") != 0,
                r.i("is_final") != 0,
                std::nullopt,
                {}};
        if (auto dl = r.opt_i("deadline_days")) s.deadline_days = static_cast<int>(*dl);
        for (const auto& a : text::split(r.s("on_enter"), ','))
            if (!a.empty()) s.on_enter.push_back(a);
        d.states.push_back(std::move(s));
    }
    for (const auto& r : tx.query("SELECT * FROM wf_transitions WHERE definition_id = :id ORDER BY sort",
                                  {{"id", definition_id}}))
        d.transitions.push_back({r.s("code"), r.s("name_zh"), r.s("name_en"), r.s("from_state"),
                                 r.s("to_state"), r.s("permission")});
    return d;
}

int64_t start_case(storage::Tx& tx, int64_t committee_id, const std::string& definition_code,
                   const std::string& subject_type, int64_t subject_id, const audit::Actor& actor) {
    auto def_id = find_definition(tx, committee_id, definition_code);
    if (!def_id) throw std::logic_error("committee has no workflow " + definition_code);
    Definition d = load_definition(tx, *def_id);
    const State* start = d.initial_state();
    const std::string now = clock::now_iso();
    storage::Value by = actor.user_id ? storage::Value(*actor.user_id) : storage::Value{};
    int64_t id = tx.insert(
        "INSERT INTO wf_cases (committee_id, definition_id, subject_type, subject_id, state, entered_at, "
        "due_at, "
        "created_at, created_by) VALUES (:c, :d, :st, :si, :s, :now, :due, :now, :by) RETURNING id",
        {{"c", committee_id},
         {"d", *def_id},
         {"st", subject_type},
         {"si", subject_id},
         {"s", start->code},
         {"now", now},
         {"due", opt_value(due_from(*start))},
         {"by", by}});
    tx.exec(
        "INSERT INTO wf_history (case_id, committee_id, transition_code, from_state, to_state, "
        "actor_user_id, "
        "actor_name, at, note) VALUES (:id, :c, 'start', '', :s, :by, :name, :now, '')",
        {{"id", id},
         {"c", committee_id},
         {"s", start->code},
         {"by", by},
         {"name", actor.name},
         {"now", now}});
    CaseRef ref{id, committee_id, subject_type, subject_id, start->code};
    for (const auto& a : start->on_enter)
        run_action(a, tx, ref, actor);
    audit::append(tx, actor, "case.started", "case", std::to_string(id),
                  {{"workflow", definition_code},
                   {"subject", subject_type + ":" + std::to_string(subject_id)},
                   {"state", start->code}});
    return id;
}

void advance(storage::Tx& tx, int64_t committee_id, const std::set<std::string>& permissions,
             const audit::Actor& actor, const Fire& f) {
    auto c = tx.one(kCaseHead, {{"id", f.case_id}, {"c", committee_id}});
    if (!c) throw AppError::not_found();
    if (f.expected_version && *f.expected_version != c->i("version"))
        throw AppError::conflict("stale_version", {{"current_version", c->i("version")}});
    Definition d = definition_of(tx, *c);
    const std::string from = c->s("state");
    const Transition* t = nullptr;
    nlohmann::json allowed = nlohmann::json::array();
    for (const auto& tr : d.transitions) {
        if (tr.from != from) continue;
        if (tr.code == f.transition) t = &tr;
        if (permissions.count(tr.permission)) allowed.push_back(tr.code);
    }
    const State* from_state = d.state(from);
    if (!t) {
        std::string state_name = from_state ? from_state->name_zh : from;
        throw AppError::conflict("transition_not_allowed", {{"state", state_name}, {"allowed", allowed}});
    }
    if (!permissions.count(t->permission)) throw AppError::forbidden();
    const State* to = d.state(t->to);
    const std::string now = clock::now_iso();
    int64_t n = tx.exec(
        "UPDATE wf_cases SET state = :to, version = version + 1, entered_at = :now, due_at = :due WHERE id = "
        ":id AND "
        "version = :v AND state = :from",
        {{"to", to->code},
         {"now", now},
         {"due", opt_value(due_from(*to))},
         {"id", f.case_id},
         {"v", c->i("version")},
         {"from", from}});
    if (n == 0) throw AppError::conflict("stale_version");  // someone else moved the case first
    storage::Value by = actor.user_id ? storage::Value(*actor.user_id) : storage::Value{};
    tx.exec(
        "INSERT INTO wf_history (case_id, committee_id, transition_code, from_state, to_state, "
        "actor_user_id, "
        "actor_name, at, note) VALUES (:id, :c, :t, :from, :to, :by, :name, :now, :note)",
        {{"id", f.case_id},
         {"c", committee_id},
         {"t", t->code},
         {"from", from},
         {"to", to->code},
         {"by", by},
         {"name", actor.name},
         {"now", now},
         {"note", f.note}});
    CaseRef ref{f.case_id, committee_id, c->s("subject_type"), c->i("subject_id"), to->code};
    for (const auto& a : to->on_enter)
        run_action(a, tx, ref, actor);
    audit::append(tx, actor, "case.transition", "case", std::to_string(f.case_id),
                  {{"transition", t->code},
                   {"before", {{"state", from}}},
                   {"after", {{"state", to->code}}},
                   {"note", f.note}});
}

nlohmann::json fire(storage::Tx& tx, int64_t committee_id, const std::set<std::string>& permissions,
                    const audit::Actor& actor, const Fire& f) {
    advance(tx, committee_id, permissions, actor, f);
    return case_json(tx, committee_id, f.case_id, permissions);
}

nlohmann::json case_json(storage::Tx& tx, int64_t committee_id, int64_t case_id,
                         const std::set<std::string>& permissions) {
    auto c = tx.one(kCaseHead, {{"id", case_id}, {"c", committee_id}});
    if (!c) throw AppError::not_found();
    Definition d = definition_of(tx, *c);
    auto out = c->json();
    out.erase("def_version");
    out.erase("def_updated_at");
    out["workflow"] = d.code;
    const State* s = d.state(c->s("state"));
    out["state_name_zh"] = s ? s->name_zh : c->s("state");
    out["state_name_en"] = s ? s->name_en : c->s("state");
    out["final"] = s && s->final;
    nlohmann::json actions = nlohmann::json::array();
    for (const auto& t : d.transitions)
        if (t.from == c->s("state") && permissions.count(t.permission))
            actions.push_back(
                {{"code", t.code}, {"name_zh", t.name_zh}, {"name_en", t.name_en}, {"to", t.to}});
    out["available_transitions"] = actions;
    nlohmann::json history = nlohmann::json::array();
    // actor_name is the username as it was (the trace); actor_display_name the person's name to show
    for (const auto& h :
         tx.query("SELECT h.transition_code, h.from_state, h.to_state, h.actor_user_id, "
                  "h.actor_name, u.display_name AS actor_display_name, h.at, h.note FROM "
                  "wf_history h LEFT JOIN users u ON u.id = h.actor_user_id WHERE h.case_id = :id "
                  "ORDER BY h.id",
                  {{"id", case_id}}))
        history.push_back(h.json());
    out["history"] = history;
    return out;
}

nlohmann::json get_case(storage::Db& db, int64_t committee_id, int64_t case_id,
                        const std::set<std::string>& permissions) {
    auto tx = db.read();
    return case_json(tx, committee_id, case_id, permissions);
}

nlohmann::json list_definitions(storage::Db& db, int64_t committee_id) {
    auto tx = db.read();
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : tx.query("SELECT id, code, name_zh, name_en, version, updated_at FROM "
                                  "wf_definitions WHERE committee_id = :c ORDER "
                                  "BY code",
                                  {{"c", committee_id}}))
        items.push_back(r.json());
    return {{"items", items}, {"total", items.size()}};
}

nlohmann::json definition_json(storage::Db& db, int64_t committee_id, int64_t definition_id) {
    auto tx = db.read();
    auto head =
        tx.one("SELECT id, version, updated_at FROM wf_definitions WHERE id = :id AND committee_id = :c",
               {{"id", definition_id}, {"c", committee_id}});
    if (!head) throw AppError::not_found();
    auto out = to_json(load_definition(tx, definition_id));
    out["id"] = head->i("id");
    out["version"] = head->i("version");
    out["updated_at"] = head->s("updated_at");
    return out;
}

}  // namespace zhixie::workflow
