#include "domains/duty/hooks.hpp"

#include <set>
#include <tuple>

#include "domains/office/common.hpp"
#include "services/duty/duty_records.hpp"

namespace zhixie::duty {

namespace {
bool one_of(const std::string& s, std::initializer_list<const char*> values) {
    for (const char* v : values)
        if (s == v) return true;
    return false;
}
}  // namespace

void sync_proposal(storage::Tx& tx, int64_t committee_id, int64_t proposal_id) {
    auto p = tx.one(
        "SELECT p.title, p.number, p.submitted_at, p.accepted_at, c.state FROM proposals p JOIN wf_cases c "
        "ON "
        "c.id = p.case_id WHERE p.id = :id AND p.committee_id = :c",
        {{"id", proposal_id}, {"c", committee_id}});
    if (!p) return;
    const std::string state = p->s("state");
    const bool filed =
        !p->is_null("submitted_at") && !one_of(state, {"draft", "cosigning", "returned", "rejected"});
    const bool accepted = filed && !p->is_null("accepted_at");
    auto signers = tx.query(
        "SELECT member_id, role FROM proposal_signers WHERE proposal_id = :id AND status = 'confirmed' ORDER "
        "BY "
        "CASE role WHEN 'lead' THEN 0 ELSE 1 END, id",
        {{"id", proposal_id}});
    using Key = std::tuple<int64_t, std::string, std::string>;  // member, kind, source_type
    std::set<Key> wanted;
    for (const auto& s : signers) {
        const std::string source = s.s("role") == "lead" ? "proposal" : "proposal_cosign";
        if (filed) wanted.insert({s.i("member_id"), std::string(kind::proposal_filed), source});
        if (accepted) wanted.insert({s.i("member_id"), std::string(kind::proposal_accepted), source});
    }
    for (const auto& r : tx.query("SELECT member_id, kind, source_type FROM duty_records WHERE committee_id "
                                  "= :c AND source_type IN "
                                  "('proposal', 'proposal_cosign') AND source_id = :id",
                                  {{"c", committee_id}, {"id", proposal_id}}))
        if (!wanted.count({r.i("member_id"), r.s("kind"), r.s("source_type")}))
            retract(tx, committee_id, r.i("member_id"), r.s("kind"), r.s("source_type"), proposal_id);
    const double share = signers.empty() ? 1.0 : 1.0 / static_cast<double>(signers.size());
    for (const auto& [member, k, source] : wanted) {
        const bool is_accepted = k == kind::proposal_accepted;
        const std::string when = p->s(is_accepted ? "accepted_at" : "submitted_at");
        Record rec;
        rec.committee_id = committee_id;
        rec.member_id = member;
        rec.kind = is_accepted ? kind::proposal_accepted : kind::proposal_filed;
        rec.source_type = source;
        rec.source_id = proposal_id;
        rec.occurred_on = office::cst_date(when);
        rec.title = (is_accepted ? "提案立案：" : "提交提案：") + p->s("title");
        rec.share = share;
        rec.detail = {{"role", source == "proposal" ? "lead" : "cosigner"},
                      {"proposers", signers.size()},
                      {"number", p->s("number")}};
        record(tx, rec);
    }
}

void record_contact(storage::Tx& tx, int64_t committee_id, int64_t contact_log_id) {
    auto r = tx.one(
        "SELECT cl.contact_date, cl.form, l.from_member_id, l.level, pc.name AS contact_name, m.name AS "
        "member_name FROM contact_logs cl JOIN liaison_links l ON l.id = cl.link_id LEFT JOIN "
        "public_contacts "
        "pc ON pc.id = l.to_contact_id LEFT JOIN members m ON m.id = l.to_member_id WHERE cl.id = :id AND "
        "cl.committee_id = :c",
        {{"id", contact_log_id}, {"c", committee_id}});
    if (!r) return;
    const std::string whom = r->s("level") == "member_public" ? "联系群众" : "联系委员";
    const std::string name = r->s(r->is_null("contact_name") ? "member_name" : "contact_name");
    Record rec;
    rec.committee_id = committee_id;
    rec.member_id = r->i("from_member_id");
    rec.kind = kind::contact;
    rec.source_type = "contact_log";
    rec.source_id = contact_log_id;
    rec.occurred_on = r->s("contact_date");
    rec.title = whom + (name.empty() ? "" : "：" + name) + "（" + r->s("form") + "）";
    rec.detail = {{"level", r->s("level")}};
    record(tx, rec);
}

}  // namespace zhixie::duty
