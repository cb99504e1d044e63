#include "core/clock.hpp"
#include "domains/proposals/record.hpp"
#include "workflow/engine.hpp"

namespace zhixie::proposals {

// A new draft: by a member (they lead it), by a member for a party, special committee or sector group
// (they are its contact), or by staff entering a paper proposal (代录) for the member named.
nlohmann::json create_proposal(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                               Lang lang, const Draft& d) {
    auto tx = db.write();
    auto who = caller_of(tx, me);
    FieldErrors e;
    validate_draft(tx, who, d, e);
    std::optional<int64_t> lead = who.member_id;
    if (d.lead_member_id && (who.staff || d.lead_member_id == who.member_id)) lead = d.lead_member_id;
    if (lead && !is_current_member(tx, me.committee_id, *lead))
        e.add("lead_member", "field_unknown_ref", {{"value", *lead}});
    if (!lead && d.source == "member") {
        if (!who.staff) throw AppError(404, "not_a_member");
        e.add("lead_member", "field_required");
    }
    e.throw_if_any(lang, labels());
    auto term = current_term_row(tx, me.committee_id);
    std::optional<int64_t> sector = d.sector_id;
    if (d.source == "member")
        sector = tx.one("SELECT sector_id FROM members WHERE id = :m", {{"m", *lead}})->opt_i("sector_id");
    const std::string now = clock::now_iso();
    int64_t id = tx.insert(
        "INSERT INTO proposals (committee_id, term_id, year, source, org_name, body_id, sector_id, "
        "lead_member_id, title, content, category, created_by, created_at, updated_at) VALUES (:c, :t, :y, "
        ":src, "
        ":org, :body, :sector, :lead, :title, :content, :cat, :by, :now, :now) RETURNING id",
        {{"c", me.committee_id},
         {"t", term.i("id")},
         {"y", int64_t{std::stoi(clock::today_cst().substr(0, 4))}},
         {"src", d.source},
         {"org", d.org_name},
         {"body", nullable_id(d.source == "special_committee" ? d.body_id : std::nullopt)},
         {"sector", nullable_id(sector)},
         {"lead", nullable_id(lead)},
         {"title", d.title},
         {"content", d.content},
         {"cat", d.category},
         {"by", me.user_id},
         {"now", now}});
    if (lead)
        tx.exec(
            "INSERT INTO proposal_signers (committee_id, proposal_id, member_id, role, status, invited_at, "
            "responded_at) VALUES (:c, :p, :m, 'lead', 'confirmed', :now, :now)",
            {{"c", me.committee_id}, {"p", id}, {"m", *lead}, {"now", now}});
    int64_t case_id = workflow::start_case(tx, me.committee_id, "proposal", "proposal", id, actor);
    tx.exec("UPDATE proposals SET case_id = :case WHERE id = :id", {{"case", case_id}, {"id", id}});
    record(tx, actor, "created", id,
           {{"after", {{"title", d.title}, {"source", d.source}, {"category", d.category}}}});
    auto out = proposal_json(tx, who, id);
    tx.commit();
    return out;
}

}  // namespace zhixie::proposals
