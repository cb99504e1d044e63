#include <map>

#include "core/clock.hpp"
#include "core/text.hpp"
#include "domains/proposals/query.hpp"

namespace zhixie::proposals {

namespace {
// The proposer's latest rating (the re-handling round when there was one), joined once per proposal for the
// satisfaction figures: one lookup a row instead of one correlated subquery per figure.
constexpr const char* kLatestFeedback =
    " LEFT JOIN proposal_feedback lf ON lf.proposal_id = p.id AND lf.round = (SELECT MAX(f2.round) FROM "
    "proposal_feedback f2 WHERE f2.proposal_id = p.id)";
}  // namespace

const std::vector<std::pair<std::string, std::string>>& metrics() {
    static const std::vector<std::pair<std::string, std::string>> m = {
        {"received", "p.submitted_at IS NOT NULL"},
        {"pending_review", "c.state IN ('submitted', 'under_review')"},
        {"accepted", "p.number_seq IS NOT NULL"},
        {"rejected", "c.state = 'rejected'"},
        {"converted", "c.state = 'converted'"},
        {"returned", "c.state = 'returned'"},
        {"merged", "p.merged_into_id IS NOT NULL"},
        {"assigned", "p.assigned_at IS NOT NULL"},
        {"replied", "p.replied_at IS NOT NULL"},
        {"on_time", "p.replied_at IS NOT NULL AND p.replied_at <= p.handling_due"},
        {"overdue", "c.state IN ('assigned', 'objection', 'handling', 'rehandling') AND c.due_at < :now"},
        {"rehandled", "p.rehandled > 0"},
        {"closed", "c.state = 'closed'"},
        {"class_A", "p.reply_class = 'A'"},
        {"class_B", "p.reply_class = 'B'"},
        {"class_C", "p.reply_class = 'C'"},
        {"class_D", "p.reply_class = 'D'"},
        {"key", "p.is_key = 1"},
        {"feedback", "lf.id IS NOT NULL"},
        {"work_satisfied", "lf.work = '满意'"},
        {"work_basic", "lf.work = '基本满意'"},
        {"work_unsatisfied", "lf.work = '不满意'"},
        {"result_satisfied", "lf.result = '满意'"},
        {"result_basic", "lf.result = '基本满意'"},
        {"result_unsatisfied", "lf.result = '不满意'"},
    };
    return m;
}

void join_latest_feedback(Filter& f) {
    if (f.from.find(kLatestFeedback) == std::string::npos) f.from += kLatestFeedback;
}

void add_metric(Filter& f, const std::string& name) {
    for (const auto& [code, sql] : metrics()) {
        if (code != name) continue;
        f.cond += " AND (" + sql + ")";
        if (sql.find(":now") != std::string::npos) f.params.emplace_back("now", clock::now_iso());
        if (sql.find("lf.") != std::string::npos) join_latest_feedback(f);
        return;
    }
    throw AppError::invalid_field("metric", name);
}

Filter proposal_filter(const Caller& who, const ListQuery& q, bool scoped) {
    Filter f;
    f.from = " FROM proposals p JOIN wf_cases c ON c.id = p.case_id";
    // the case's committee too (always the proposal's): without it PostgreSQL may hash-join every committee's
    // cases instead of reading this committee's through their index
    f.cond = "p.committee_id = :c AND c.committee_id = :c";
    f.params = {{"c", who.committee()}};
    if (scoped) f.cond += " AND " + visible_where(who, f.params);
    auto eq = [&](const char* column, const char* name, storage::Value v) {
        f.cond += std::string(" AND ") + column + " = :" + name;
        f.params.emplace_back(name, std::move(v));
    };
    if (q.year) eq("p.year", "year", *q.year);
    if (q.session) eq("p.session", "session", *q.session);
    if (!q.state.empty()) eq("c.state", "state", q.state);
    if (!q.category.empty()) eq("p.category", "category", q.category);
    if (!q.kind.empty()) eq("p.kind", "kind", q.kind);
    if (!q.source.empty()) eq("p.source", "source", q.source);
    if (q.sector_id) eq("p.sector_id", "sector", *q.sector_id);
    if (q.unit_id) {
        // IN rather than EXISTS: the few proposals of the unit (or member) are looked up by id, not every
        // proposal of the committee tested
        f.cond +=
            " AND p.id IN (SELECT fu.proposal_id FROM proposal_units fu WHERE fu.unit_id = :unit AND "
            "fu.active = 1)";
        f.params.emplace_back("unit", *q.unit_id);
    }
    if (q.member_id) {
        f.cond +=
            " AND p.id IN (SELECT fs.proposal_id FROM proposal_signers fs WHERE fs.member_id = :member AND "
            "fs.status = 'confirmed')";
        f.params.emplace_back("member", *q.member_id);
    }
    std::string needle = text::trim(q.q);
    if (!needle.empty()) {
        f.cond += " AND (p.title LIKE :q OR p.number LIKE :q)";
        f.params.emplace_back("q", "%" + needle + "%");
    }
    if (!q.metric.empty()) add_metric(f, q.metric);
    if (q.overdue && q.metric != "overdue") add_metric(f, "overdue");
    if (q.key && q.metric != "key") add_metric(f, "key");
    return f;
}

// The proposer and the co-signers are subqueries: only the rows of the page run them.
const char* kListColumns =
    "SELECT p.id, p.number, p.title, p.category, p.kind, p.source, p.year, p.session, p.submitted_at, "
    "p.handling_due, p.reply_class, p.is_key, p.merged_into_id, c.state, c.version, c.due_at, "
    "COALESCE((SELECT m.name FROM members m WHERE m.id = p.lead_member_id), p.org_name) AS proposer, "
    "(SELECT COUNT(*) FROM proposal_signers s WHERE s.proposal_id = p.id AND s.role = 'cosigner' AND "
    "s.status = 'confirmed') AS cosigners";

nlohmann::json list_items(storage::Tx& tx, int64_t committee_id, const storage::Rows& rows) {
    std::map<std::string, std::pair<std::string, std::string>> names;
    for (const auto& s :
         tx.query("SELECT st.code, st.name_zh, st.name_en FROM wf_states st JOIN wf_definitions d ON "
                  "d.id = st.definition_id WHERE d.committee_id = :c AND d.code = 'proposal'",
                  {{"c", committee_id}}))
        names[s.s("code")] = {s.s("name_zh"), s.s("name_en")};
    std::map<int64_t, nlohmann::json> units;
    if (!rows.empty()) {
        std::string in;
        for (const auto& r : rows)
            in += (in.empty() ? "" : ", ") + std::to_string(r.i("id"));  // numbers from the database
        for (const auto& u :
             tx.query("SELECT pu.proposal_id, pu.unit_id, un.name, pu.role FROM proposal_units pu "
                      "JOIN units un ON un.id = pu.unit_id WHERE pu.active = 1 AND pu.proposal_id IN (" +
                      in +
                      ") ORDER BY CASE pu.role WHEN 'lead' THEN 0 WHEN 'split' THEN 1 ELSE 2 "
                      "END, pu.id"))
            units[u.i("proposal_id")].push_back(
                {{"unit_id", u.i("unit_id")}, {"name", u.s("name")}, {"role", u.s("role")}});
    }
    const std::string now = clock::now_iso();
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : rows) {
        auto o = r.json();
        o["is_key"] = r.i("is_key") != 0;
        o["cosigners"] = r.i("cosigners");  // an expression: SQLite may give it as text
        auto n = names.find(r.s("state"));
        o["state_name_zh"] = n == names.end() ? r.s("state") : n->second.first;
        o["state_name_en"] = n == names.end() ? r.s("state") : n->second.second;
        o["units"] = units.count(r.i("id")) ? units[r.i("id")] : nlohmann::json::array();
        const std::string st = r.s("state");
        o["overdue"] = (st == "assigned" || st == "objection" || st == "handling" || st == "rehandling") &&
                       !r.is_null("due_at") && r.s("due_at") < now;
        items.push_back(std::move(o));
    }
    return items;
}

nlohmann::json list_proposals(storage::Db& db, const auth::Principal& me, const ListQuery& q) {
    auto tx = db.read();
    auto who = caller_of(tx, me);
    Filter f = proposal_filter(who, q, true);
    int64_t total = tx.one("SELECT COUNT(*) AS n" + f.where(), f.params)->i("n");
    auto p = f.params;
    p.emplace_back("lim", q.page_size);
    p.emplace_back("off", (q.page - 1) * q.page_size);
    // The page's ids first, then its columns: the proposer and co-signer subqueries run for the page's rows
    // only (PostgreSQL computes the columns of every row an OFFSET skips).
    auto rows = tx.query(std::string(kListColumns) + " FROM (SELECT p.id AS page_id" + f.where() +
                             " ORDER BY p.id DESC LIMIT :lim OFFSET :off) page JOIN proposals p ON p.id = "
                             "page.page_id JOIN wf_cases c ON c.id = p.case_id ORDER BY p.id DESC",
                         p);
    return {{"items", list_items(tx, me.committee_id, rows)}, {"total", total}};
}

}  // namespace zhixie::proposals
