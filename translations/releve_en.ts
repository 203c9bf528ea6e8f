<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Labels</name>
    <message>
        <source>DEAES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEAVS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADVF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No diploma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alzheimer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Washing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going to bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompanying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Laundry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sick leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too much work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff loan (mise à disposition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcontracting (sous-traitance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the lending agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by both agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 €</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Your changes are kept on this computer and will be sent when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or the password is not right. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is no longer possible: the record changed in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Start a demo server with sample agencies and sign in as one of their coordinators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relève: replacement of home-care staff between agencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the demo server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relève demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo has no coordinator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the demo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relève</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::app::Client</name>
    <message>
        <source>Local data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::app::DemoServer</name>
    <message>
        <source>The demo server (releve-server) was not found next to Relève, in the build tree, or on the PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder could be created for the demo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The demo server did not start within %n second(s).</source>
        <translation>
            <numerusform>The demo server did not start within %n second.</numerusform>
            <numerusform>The demo server did not start within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo server could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be created (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo accounts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server wrote no accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo server stopped (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::contracts</name>
    <message>
        <source>The template &quot;%1&quot; for %2 is missing from this build; nothing was printed. Reinstall Relève.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival time is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure time is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure must be after the arrival, within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kilometres must be between 0 and 2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This intervention is not part of contract %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 (%3 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF of &quot;%1&quot; could not be drawn; nothing was written. Try again, or print to a printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be saved to %1 (%2); any earlier file there is unchanged. Choose another folder or free some space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: no header line and no intervention. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no column &quot;%1&quot; (it has: %2). Nothing was imported; map the column in the import settings or export it from the time-stamping system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is not UTF-8 text; it was not imported. Export the file as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line has %1 field(s) and no column &quot;%2&quot;; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is missing (%1 expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (%2 expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is missing (%1 expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time (%2 expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist on %2 (the clocks changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure %1 is not after the arrival %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The departure is more than 24 hours after the arrival.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a distance in kilometres between 0 and 2000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract numbered %1 is among those imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contracted intervention has the reference %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contracted intervention on %1 near %2–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contracted interventions on %2 match %3–%4 equally; add the intervention or contract column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 already gave the hours of this intervention; this line was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::geo::Geocoder</name>
    <message>
        <source>Type at least three characters of the address, starting with a number or a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This point has no valid coordinates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses cannot be looked up without the address server. Place the pin on the map by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can place the pin on the map by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address server did not accept this text. Check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address server cannot be reached: you may be offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address server is busy (too many requests). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address server answered with an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address server&apos;s answer cannot be read. Check the server address in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::geo::OsrmClient</name>
    <message>
        <source>No network access for the routing service: travel is estimated from straight-line distances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel is estimated from straight-line distances instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing service did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing service refused the request (HTTP %1, %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing service could not be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing service&apos;s answer is not a travel table with durations and distances.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::matching</name>
    <message>
        <source>Covers more interventions than the next candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already came to this person, unlike the next candidate (continuity of care).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nearer to the mission than the next candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its availability was confirmed within the last %1 days, unlike that of the next candidate, who is as near once distances are rounded to %2 km.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has had less recent replacement work than the next candidate, who is as near once distances are rounded to %1 km (fairness between workers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its agency was chosen less recently than that of the next candidate, who is as close (to within %1 km).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its qualification fits the personal care needed better than that of the next candidate, who is as close (to within %1 km).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds a qualification, unlike the next candidate, who is as close (to within %1 km).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked after a candidate who covers more interventions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked after a candidate who already came to this person (continuity of care).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked after a nearer candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked after a candidate as near once distances are rounded to %2 km, whose availability was confirmed within the last %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked after a candidate as near once distances are rounded to %1 km who has had less recent replacement work (fairness between workers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked after a candidate as close (to within %1 km) whose agency was chosen less recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked after a candidate as close (to within %1 km) whose qualification fits the personal care needed better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked after a qualified candidate as close (to within %1 km).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Availability last confirmed on %1, %n days before the ranking: more than %2 days ago, so it may be out of date.</source>
        <translation>
            <numerusform>Availability last confirmed on %1, %n day before the ranking: more than %2 days ago, so it may be out of date.</numerusform>
            <numerusform>Availability last confirmed on %1, %n days before the ranking: more than %2 days ago, so it may be out of date.</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability confirmed by its coordinator on %1, the day of the ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability confirmed by its coordinator on %1, the day before the ranking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Availability confirmed by its coordinator on %1, %n days before the ranking.</source>
        <translation>
            <numerusform>Availability confirmed by its coordinator on %1, %n day before the ranking.</numerusform>
            <numerusform>Availability confirmed by its coordinator on %1, %n days before the ranking.</numerusform>
        </translation>
    </message>
    <message>
        <source>Covers the request&apos;s only intervention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Covers all %n interventions of the request.</source>
        <translation>
            <numerusform>Covers the whole request (%n intervention).</numerusform>
            <numerusform>Covers all %n interventions of the request.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Covers %1 of the %n interventions; not free for the others.</source>
        <translation>
            <numerusform>Covers %1 of %n intervention; not free for the others.</numerusform>
            <numerusform>Covers %1 of the %n interventions; not free for the others.</numerusform>
        </translation>
    </message>
    <message>
        <source>About %1 from the mission by road (measured on the road network), within its own %2 km limit and the request&apos;s %3 km radius.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 from the mission by road, within its own %2 km limit and the request&apos;s %3 km radius.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its coordinator has never confirmed its availability, so it may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already came to this person for an earlier replacement (continuity of care).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach one intervention in time from or to its neighbouring commitments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cannot reach %n interventions in time from or to its neighbouring commitments.</source>
        <translation>
            <numerusform>Cannot reach %n intervention in time from or to its neighbouring commitments.</numerusform>
            <numerusform>Cannot reach %n interventions in time from or to its neighbouring commitments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One of the %n workers who together cover every intervention that can be covered.</source>
        <translation>
            <numerusform>The only worker (%n) who covers every intervention that can be covered.</numerusform>
            <numerusform>One of the %n workers who together cover every intervention that can be covered.</numerusform>
        </translation>
    </message>
    <message>
        <source>The only eligible candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal with a neighbour on every criterion: their order comes from a fixed draw on the request and the worker, never from who asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works for the requesting structure, whose own staff were not asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its structure does not share staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has not agreed to be proposed to other structures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lacks a required skill: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No home point is recorded, so the travel distance is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no mission location, so no travel distance can be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km by road from the mission, beyond its own %2 km limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km by road from the mission, beyond the request&apos;s %2 km radius.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free for none of the interventions (outside its availability: %1, absent: %2, already committed: %3, no time to travel from or to its neighbouring commitments: %4, over its weekly hours ceiling: %5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::rules</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Victory in Europe Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assumption Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armistice Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the allowance is suspended: the hospital stay started on %2 and its first 30 days ended on %3 (CASF R232-32). It resumes from the first day of the month of discharge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the beneficiary is in hospital (day %2 of the 30 during which the allowance is kept): only hours approved by the département, such as laundry or shopping before the return home, may be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the beneficiary is in hospital: only hours approved by the département may be delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 is outside the working amplitude of the structure (%3–%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention lasts %1 min, less than the minimum of %2 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a public holiday (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3 overlaps other work of the worker (%4–%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the working day spans %2, more than %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of rest between %2 and %3, less than the daily rest of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days in a row, from %2 to %3: at most %4 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week of %1 totals %2, above the worker&apos;s ceiling of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::store::LocalStore</name>
    <message>
        <source>The local cache could not be written (%1). Nothing was changed; try again, and restart Relève if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slot overlaps another slot of the same staff member (%1 – %2). Change its times or edit the other slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the local cache %1 could not be created. Check that the disk is writable, then start Relève again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 could not be opened. Check that the file is not used by another program and that the disk is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer version of Relève. It was left untouched; install that version again to send its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 is damaged and could not be moved aside. Move or rename it, then start Relève again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 was damaged and set aside as %2, but a new one could not be created. Check that the disk is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unsent change could be read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsent change(s) were recovered from it and will be sent.</source>
        <translation>
            <numerusform>%n unsent change was recovered from it and will be sent.</numerusform>
            <numerusform>%n unsent changes were recovered from it and will be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The local cache %1 was damaged. It was set aside as %2 and a fresh cache was created; %3 The data from the server will be downloaded again at the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache %1 could not be prepared. Check that the disk is writable, then start Relève again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command &quot;%1&quot; applies to a %2, not to a %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s identifier is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposal needs a request and a staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change is no longer waiting for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A corrected command must stay the same command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was already resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::sync::ApiClient</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s).</source>
        <translation>
            <numerusform>The server did not answer within %n second.</numerusform>
            <numerusform>The server did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server could not be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::sync::CredentialStore</name>
    <message>
        <source>No saved credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). Your password will be asked for at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::sync::Session</name>
    <message>
        <source>The server address is not valid; it looks like https://releve.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login or the password is not right. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended. Sign in again; your changes are kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::sync::SyncEngine</name>
    <message numerus="yes">
        <source>The server no longer has %n record(s) that this computer shows (it may have been restored from an older backup). Nothing was removed; confirm to remove them here too, or ask your platform administrator first. Your own changes are kept and still sent.</source>
        <translation>
            <numerusform>The server no longer has %n record that this computer shows (it may have been restored from an older backup). Nothing was removed; confirm to remove it here too, or ask your platform administrator first. Your own changes are kept and still sent.</numerusform>
            <numerusform>The server no longer has %n records that this computer shows (it may have been restored from an older backup). Nothing was removed; confirm to remove them here too, or ask your platform administrator first. Your own changes are kept and still sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused this change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again to send your changes; they are kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Your changes are kept on this computer and will be sent when the server can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to synchronise (%1). Your changes are kept on this computer; synchronisation will be tried again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::AvailabilityDelegate</name>
    <message>
        <source>Absent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n more</numerusform>
            <numerusform>+ %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>releve::ui::CandidateModel</name>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n intervention(s)</source>
        <translation>
            <numerusform>All (%n intervention)</numerusform>
            <numerusform>All %n interventions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n intervention(s)</source>
        <translation>
            <numerusform>%1 of %n intervention</numerusform>
            <numerusform>%1 of %n interventions</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker and agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification and skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this rank</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::ContractListModel</name>
    <message>
        <source>Lent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::ContractsView</name>
    <message>
        <source>Print contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the convention and print it for signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the convention as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The convention as it will be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract selected. A contract appears here when a proposal is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contract cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) lent to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n intervention(s), %3 · %4 per hour</source>
        <translation>
            <numerusform>%1 · %2 · %n intervention, %3 · %4 per hour</numerusform>
            <numerusform>%1 · %2 · %n interventions, %3 · %4 per hour</numerusform>
        </translation>
    </message>
    <message>
        <source>Print contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contract as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::ErrorLabel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::LocationPicker</name>
    <message>
        <source>Address, e.g. 4 place du Champ de Foire, Bourganeuf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the address, or click the map to put the pin by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address server is set: click the map to put the pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No address found. Check the spelling, or click the map to put the pin by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the address (found earlier, shown without network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the address, then move the pin if the place is not exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the pin if the place is not exact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin placed by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin placed by hand. Nearest address: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::MainWindow</name>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relève</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your agency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to send your changes; they are kept on this computer meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Relève</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Relève</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Relève %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Replacement of home-care staff between agencies of a territory.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Relève</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map of requests, staff and partner structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an offline map pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline map packs (*.mbtiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline map pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be used as an offline map pack: %1
Nothing was changed; choose an MBTiles file made for raster tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline map pack &quot;%1&quot; added: the map works there without network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an &amp;offline map pack…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::MapView</name>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the map shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No map background here while offline. The markers are still shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place: drag the pin to move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The place</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff members</source>
        <translation>
            <numerusform>%n staff member</numerusform>
            <numerusform>%n staff members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n structures</source>
        <translation>
            <numerusform>%n structure</numerusform>
            <numerusform>%n structures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidates</source>
        <translation>
            <numerusform>%n candidate</numerusform>
            <numerusform>%n candidates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to zoom in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::PlanningModel</name>
    <message>
        <source>Conflict to resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to send</source>
        <translation>
            <numerusform>%n change to send</numerusform>
            <numerusform>%n changes to send</numerusform>
        </translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(refused by the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(conflict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::PlanningView</name>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add slot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an availability or an absence for the selected staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to the server yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a day to add or change a slot. Times are local (Paris).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add slot on %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change absence %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change availability %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::ProposalModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused by the server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n intervention(s)</source>
        <translation>
            <numerusform>All (%n intervention)</numerusform>
            <numerusform>All %n interventions</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::ProposeStaffDialog</name>
    <message>
        <source>Propose one of my staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Request in %1, %n intervention(s). Skills required: %2.</source>
        <translation>
            <numerusform>Request in %1, %n intervention. Skills required: %2.</numerusform>
            <numerusform>Request in %1, %n interventions. Skills required: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The requesting agency sees a pseudonym, the qualification, the skills and a distance band. The name appears only on the contract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff who agreed to be proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not have every required skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for the requesting agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional note for the requesting agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of your staff has agreed to be proposed to other agencies. Record their consent in their staff file first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::RecordMarkers</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interventions</source>
        <translation>
            <numerusform>%n intervention</numerusform>
            <numerusform>%n interventions</numerusform>
        </translation>
    </message>
    <message>
        <source>Your structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::RequestDetailWidget</name>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose one of my staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates ranked by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request to the other agencies of the territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the platform which available staff fit this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “Find candidates” to ask the platform for the staff who fit this request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request of my agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on the contract only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · GIR %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why %1 ranks number %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the server. Awaiting confirmation: this takes a moment, or until you are online again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s consent must be recorded before the request leaves your agency. Edit the request to record it, then publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this request? The other agencies will no longer be able to answer it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform cannot be reached: candidates are ranked by the server. Try again once you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No available worker fits this request right now. Widen the search radius or the skills, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n candidate(s), best first. Their agencies decide whether to propose them.</source>
        <translation>
            <numerusform>%n candidate. Their agency decides whether to propose them.</numerusform>
            <numerusform>%n candidates, best first. Their agencies decide whether to propose them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n intervention(s) cannot be covered by anyone.</source>
        <translation>
            <numerusform>%n intervention cannot be covered by anyone.</numerusform>
            <numerusform>%n interventions cannot be covered by anyone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this proposal? The other offers for the same interventions will be declined and a contract will be prepared for both agencies to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline this proposal? The other agency will be told.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::RequestFormDialog</name>
    <message>
        <source>The person (or their representative) agreed that these needs be shared with another agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New replacement request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street and number; given to the other agency only on the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own reference, never a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of the intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the replacing worker needs to know. No name, no diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where, and for whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::RequestListModel</name>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::RequestsView</name>
    <message>
        <source>New request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a replacement request as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My requests (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::SignInDialog</name>
    <message>
        <source>Sign in to Relève</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your territory&apos;s Relève server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://releve.example.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your agency&apos;s administrator gives you these. The password is never stored on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached at this address. Check the address and your connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, for example https://releve.example.fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::SlotCommands</name>
    <message>
        <source>add slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete slot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::SlotDialog</name>
    <message>
        <source>Repeat every week until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for your agency only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week of the repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New availability slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit availability slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this slot? Other agencies will no longer see it after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::SyncStatusWidget</name>
    <message>
        <source>Synchronisation progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your changes and fetch the latest news from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide what to do with the records the server no longer lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused a change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change conflicts with someone else&apos;s edit. Both versions are kept until you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records no longer on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server no longer lists %n record(s) that this computer still keeps. This happens when the server was restored from a backup. Remove them from this computer? Your changes not yet sent are kept either way.</source>
        <translation>
            <numerusform>The server no longer lists %n record that this computer still keeps. This happens when the server was restored from a backup. Remove it from this computer? Your changes not yet sent are kept either way.</numerusform>
            <numerusform>The server no longer lists %n records that this computer still keeps. This happens when the server was restored from a backup. Remove them from this computer? Your changes not yet sent are kept either way.</numerusform>
        </translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. You can keep working: your changes are saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again to send your changes; they are kept meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server no longer lists %n record(s) kept on this computer. Nothing was removed.</source>
        <translation>
            <numerusform>The server no longer lists %n record kept on this computer. Nothing was removed.</numerusform>
            <numerusform>The server no longer lists %n records kept on this computer. Nothing was removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation failed. It will be retried.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
