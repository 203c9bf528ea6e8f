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
    <message>
        <source>Own car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving licence, no car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scooter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No means of transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorter than the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During a hospital stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the 30 days of hospital stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number: use digits, spaces, dots, dashes or a leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This overlaps another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment of the interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed document record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated weekly until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
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
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum travel distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly hours ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrees to work for other structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
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
        <source>Beneficiary reference</source>
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
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search radius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary&apos;s consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (another structure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a staff member unknown to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n detail(s)</source>
        <translation>
            <numerusform>%n detail</numerusform>
            <numerusform>%n details</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The server says: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is not one of your structure&apos;s staff: availability is recorded only for your own staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record must belong to your own structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slot covers a contracted intervention: while the contract runs it can be extended or annotated, not shortened, moved or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This worker has a running contract: end it before removing the worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was deleted on the server. Create a new one if it is still needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your structure must first accept the platform&apos;s quality charter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is no longer possible: the record changed on the server in the meantime.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server already has this.</source>
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
    <name>releve::exchange::ICalendar</name>
    <message>
        <source>Replacements of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::exchange::StaffExchange</name>
    <message>
        <source>overlaps another slot of the same kind for this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is out of range (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
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
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum travel (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly hours ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an identifier Relève wrote (leave it empty for a new record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown qualification “%1” (DEAES, DEAVS, ADVF, Aide-soignant·e, Aucune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown skill “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mobility “%1” (Voiture, Permis sans voiture, Scooter, Transports en commun, Aucune)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither oui nor non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a latitude (for example 46,1712)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a longitude (for example 1,8710)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no staff member of this structure has the identifier “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no staff member of this structure is called “%1 %2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date (dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time (hh:mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind “%1” (Disponible or Absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end (%1 %2) is not after the start (%3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weekly repetition ends before the first day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
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
    <message>
        <source>This request is not in the local cache: synchronise, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request cannot be read from the local cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request has no mission location: the distance to your staff cannot be estimated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::reports::ReportTable</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted</source>
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
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first intervention in the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filled of %2 published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from publication to contract, %1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours borrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 beneficiaries (CPOM items 47–48)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers per beneficiary, weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers per beneficiary, Sundays and public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done of %2 planned (CPOM items 49–50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectivity rate, weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectivity rate, Sundays and public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction rate, weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction rate, Sundays and public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target 2 % to 5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the 2 % to 5 % target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the 2 % to 5 % target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the 2 % to 5 % target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 corrected of %2 time stamps (CPOM items 51–52)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 corrected of %2, %3 (CPOM item 53)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no time stamp received</source>
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
    <name>releve::ui::AmendmentDialog</name>
    <message>
        <source>Add an intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend the interventions of contract %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move, shorten or remove an intervention, or add one. Dates dd/mm/yyyy, times hh:mm (local time). Both structures sign the amendment once the server has numbered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions after the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the interventions change (printed on the amendment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed (was %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date “%2” is not a date (dd/mm/yyyy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the start “%2” is not a time (hh:mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the end “%2” is not a time (hh:mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervention %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the end %2 is not after the start %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: hours are already recorded for it; it cannot be moved or shortened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the same as intervention %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 overlaps intervention %2: the worker cannot be at both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intervention of %1 cannot be removed: hours are already recorded for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No intervention is left: end the contract instead of amending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: move, shorten, remove or add an intervention first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the interventions change (it is printed on the amendment).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::BarChart</name>
    <message>
        <source>No data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::CalendarExportDialog</name>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a worker&apos;s interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file opens in any calendar (phone, Outlook, Thunderbird). Exported again later, it updates the same events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No worker of this structure has a contract yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contracted intervention(s).</source>
        <translation>
            <numerusform>%n contracted intervention.</numerusform>
            <numerusform>%n contracted interventions.</numerusform>
        </translation>
    </message>
    <message>
        <source>interventions-%1.ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::CancelRequestDialog</name>
    <message numerus="yes">
        <source>Cancel %n request(s)</source>
        <translation>
            <numerusform>Cancel %n request</numerusform>
            <numerusform>Cancel %n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 with %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other agencies will no longer be able to answer, and the offers still waiting are declined. Say why: the reason is sent with the cancellation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the person went back to hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel the request(s)</source>
        <translation>
            <numerusform>Cancel the request</numerusform>
            <numerusform>Cancel the requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A contract was already made: %1.
What becomes of it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End the contract now, with the same reason (the other agency is told)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the contract and open it to agree an amendment (the request is not cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for cancelling: please say why; the other agencies read it.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its agency has never confirmed this worker&apos;s availability: it ranks after workers as near whose availability is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Availability last confirmed on %1, more than %n day(s) ago: it ranks after workers as near whose availability is fresher. Check with the agency.</source>
        <translation>
            <numerusform>Availability last confirmed on %1, more than %n day ago: it ranks after workers as near whose availability is fresher. Check with the agency.</numerusform>
            <numerusform>Availability last confirmed on %1, more than %n days ago: it ranks after workers as near whose availability is fresher. Check with the agency.</numerusform>
        </translation>
    </message>
    <message>
        <source>Availability last confirmed by its agency on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::ConflictDialog</name>
    <message>
        <source>Keep my version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the server&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the values chosen above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve a conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed on this computer while someone else changed it on the server. Both versions are kept until you choose; nothing is sent before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You deleted it; the other person changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed it; the other person deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed on both sides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by the server on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your version; it replaces the server&apos;s for every field listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop your change and keep what is on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the value chosen in each row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Choose a value in each row changed on both sides to keep the values chosen above (%n left).</source>
        <translation>
            <numerusform>Choose a value in each row changed on both sides to keep the values chosen above (%n left).</numerusform>
            <numerusform>Choose a value in each row changed on both sides to keep the values chosen above (%n left).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a value for &quot;%1&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
        <source>Export contract as PDF</source>
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
        <source>Convention (loan of staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee&apos;s avenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subcontract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the document and print it for signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document as a PDF file; its SHA-256 is kept on the contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for the %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (text %2): %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printed copy recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed copies (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template of this document is missing from this build. Reinstall Relève.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1 · SHA-256 %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (text %2): %3, awaiting confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the person who signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory: type the name of the person who signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the lender&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the user structure&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the employee&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of %1 sent: awaiting confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours are already recorded for an intervention it moves or removes; those stay as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the worker has another contracted intervention at that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it changes nothing, or lists an intervention twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an intervention does not end after it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no intervention is left; end the contract instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the two structures of the contract can amend it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend the interventions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contract selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contract cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the two structures of the contract can amend it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract has ended: post a new request instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contract is not signed yet: the lender signs it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment is awaiting confirmation: synchronise first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amendment could not be queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment %1 (%2) of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the amendment “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment awaiting confirmation (numbered by the server at the next sync): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move, shorten, remove or add interventions: an amendment (avenant) with its own number, signed by both structures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::CopyWeeksDialog</name>
    <message>
        <source>Copy to the following weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of following weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onto the following weeks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copies the one-off slots onto the same days of the %n following week(s), up to %1. Slots already there are left as they are; weekly slots already repeat.</source>
        <translation>
            <numerusform>Copies the one-off slots onto the same days of the %n following week, up to %1. Slots already there are left as they are; weekly slots already repeat.</numerusform>
            <numerusform>Copies the one-off slots onto the same days of the %n following weeks, up to %1. Slots already there are left as they are; weekly slots already repeat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every staff member shown (%n)</source>
        <translation>
            <numerusform>Every staff member shown (%n)</numerusform>
            <numerusform>Every staff member shown (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>releve::ui::CorrectionDialog</name>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct a refused change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this change: %1
%2
It is kept on this computer until you correct and send it again, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::DashboardView</name>
    <message>
        <source>Département %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filled of %2 published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within the CPOM&apos;s 2 % to 5 % target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the CPOM&apos;s 2 % to 5 % target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Borrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests, fill rate %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median time to fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours lent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours borrowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effectivity rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction rate (target 2–5 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structures counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours lent and borrowed, last six months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction rate of time stamps, %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPOM target 2–5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Nothing else was changed; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relève — dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed on %1 from the records of this workstation&apos;s cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators of the CPOM (ANNEXE II, items 47 to 53) computed on the replacements the platform knows: weekdays are Monday to Saturday except public holidays (Code du travail L3133-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written. Nothing else was changed; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dashboard-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::DesktopNotifier</name>
    <message>
        <source>Relève</source>
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
    <name>releve::ui::ExchangeActions</name>
    <message>
        <source>Import staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Nothing was changed; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>availability.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import staff (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import availability (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export staff (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export availability (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a worker&apos;s interventions (iCalendar)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::HoursDoneModel</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPOM rounding: the start to the nearest 5 minutes, the duration to the nearest 5 minutes; raw times are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered or changed by hand: counts in the correction rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw → rounded (CPOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival on %1: &quot;%2&quot; is not a time. Type it as 08:02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure on %1: &quot;%2&quot; is not a time. Type it as 09:58.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilometres on %1: &quot;%2&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type both the arrival and the departure to record the hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours of %1 could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::HoursDoneView</name>
    <message>
        <source>Import time stamps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the CSV export of a time-stamping system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the arrival and departure (08:02) as they were done; the CPOM rounding is shown beside them. Hours typed or changed by hand count as corrections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hours recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Hours recorded for %1 of %n intervention(s) · corrected by hand: %2 of %1 (%3 %) · CPOM target 2–5 %</source>
        <translation>
            <numerusform>Hours recorded for %1 of %n intervention · corrected by hand: %2 of %1 (%3 %) · CPOM target 2–5 %</numerusform>
            <numerusform>Hours recorded for %1 of %n interventions · corrected by hand: %2 of %1 (%3 %) · CPOM target 2–5 %</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the lending structure records the hours done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import time stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement template is missing from this build. Reinstall Relève.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the statement as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 %2-%3.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement saved to %1 (total %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the statement as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 %2-%3.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::ImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rejected lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which field each column of the file goes to. Columns set to “Ignore” are not imported. Dates are read as dd/mm/yyyy, decimals with a comma or a point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n line(s) after the header</source>
        <translation>
            <numerusform>%1: %n line after the header</numerusform>
            <numerusform>%1: %n lines after the header</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not in UTF-8: save it again as “CSV UTF-8” from your spreadsheet. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is chosen for two columns: keep it for one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a column for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line(s) ready to import, %2 with a problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line(s) imported (%2 new, %3 updated); they will be sent with the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) were not imported: they are listed below. Save them to a file, correct them and import that file.</source>
        <translation>
            <numerusform>%n line was not imported: it is listed below. Save it to a file, correct it and import that file.</numerusform>
            <numerusform>%n lines were not imported: they are listed below. Save them to a file, correct them and import that file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the rejected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-to-fix.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. The rejected lines are still listed here; choose another folder.</source>
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
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n incoming request(s) your staff could cover</source>
        <translation>
            <numerusform>%n incoming request your staff could cover</numerusform>
            <numerusform>%n incoming requests your staff could cover</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map settings could not all be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language will be used from the next start of Relève.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for your decision</source>
        <translation>
            <numerusform>%n change waiting for your decision</numerusform>
            <numerusform>%n changes waiting for your decision</numerusform>
        </translation>
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
    <name>releve::ui::PatternDialog</name>
    <message>
        <source>Weekly pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
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
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
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
        <source>Create the slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::PlanningEdits</name>
    <message>
        <source>This slot no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>copy %n slot(s) to the following weeks</source>
        <translation>
            <numerusform>copy %n slot to the following weeks</numerusform>
            <numerusform>copy %n slots to the following weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day must be on or after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern covers at most one year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>weekly pattern: %n slot(s)</source>
        <translation>
            <numerusform>weekly pattern: %n slot</numerusform>
            <numerusform>weekly pattern: %n slots</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>releve::ui::PlanningGrid</name>
    <message>
        <source>Arrows move between days and staff members. Insert adds a slot, Enter edits the chosen one, Space chooses the next slot of the day, Shift+Left or Right moves it by 15 minutes (5 with Ctrl), + and - change its end, Shift+Up or Down its start, Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
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
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence %1 overlaps another slot or an intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability %1 overlaps another slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted intervention %1–%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::PlanningPainter</name>
    <message>
        <source>Absent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract %1</source>
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
    <name>releve::ui::PlanningPrinter</name>
    <message>
        <source>Planning — %1 — week %2, %3 to %4</source>
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
    <message>
        <source>No staff member matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are local. Green: available; red hatched: absent; blue: contracted intervention; red outline: overlap; orange stripes: outside the working amplitude; dashed: not sent to the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
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
    <message>
        <source>Weekly pattern…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to following weeks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an availability or an absence for the selected staff member (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the same slots on chosen days of several weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to following weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected day or the week onto the following weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the planning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the weeks shown, one week per page, or save them as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracted intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the working amplitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag in a day to add a slot, drag a slot to move it, its edges to change its hours. Times are local (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n staff member(s)</source>
        <translation>
            <numerusform>%1 of %n staff member</numerusform>
            <numerusform>%1 of %n staff members</numerusform>
        </translation>
    </message>
    <message>
        <source>Next four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks %1 to %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) copied.</source>
        <translation>
            <numerusform>%n slot copied.</numerusform>
            <numerusform>%n slots copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there.</source>
        <translation>
            <numerusform>%n already there.</numerusform>
            <numerusform>%n already there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not copied:</source>
        <translation>
            <numerusform>%n not copied:</numerusform>
            <numerusform>%n not copied:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) created.</source>
        <translation>
            <numerusform>%n slot created.</numerusform>
            <numerusform>%n slots created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not created:</source>
        <translation>
            <numerusform>%n not created:</numerusform>
            <numerusform>%n not created:</numerusform>
        </translation>
    </message>
    <message>
        <source>Planning %1</source>
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
    <message>
        <source>None of your staff fits this request on what this computer knows (availability, skills, distance, contracts). Each worker below says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of your staff fit(s) this request, in the order the platform would rank them, computed on this computer (it works offline).</source>
        <translation>
            <numerusform>%n of your staff fits this request, in the order the platform would rank them, computed on this computer (it works offline).</numerusform>
            <numerusform>%n of your staff fit this request, in the order the platform would rank them, computed on this computer (it works offline).</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labour limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a worker to see why the platform ranks them there and the labour limits to check before proposing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rank %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No labour-limit warning on what Relève knows of this worker&apos;s week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before proposing, check the labour limits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform would not rank %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose them only if this computer is behind what you know (availability not yet recorded, for example).</source>
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
    <message>
        <source>Edit draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Follow-up: %n proposal(s) received</source>
        <translation>
            <numerusform>Follow-up: %n proposal received</numerusform>
            <numerusform>Follow-up: %n proposals received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n accepted</source>
        <translation>
            <numerusform>, %n accepted</numerusform>
            <numerusform>, %n accepted</numerusform>
        </translation>
    </message>
    <message>
        <source>No contract yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals received — the other agencies answer until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals received — the answer deadline has passed; decide on the offers still standing</source>
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
    <message>
        <source>The person is in hospital, or has just left it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home hospitalisation (HAD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings of the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of the mission on the map: click or drag the pin to put it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the address; the other agencies see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beneficiary reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted to hospital on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged from hospital on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to enter the interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern: start of each intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern: end of each intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day without intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add these interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Except</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One by one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the interventions, or say why the replacement must go ahead as planned. The reason is kept with the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected intervention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it on this computer, and on the server once online; not sent to other agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and send to the other agencies of the territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replacement request (draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This intervention overlaps one already planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pattern covers at most a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No day of the range matches the pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes ahead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it must go ahead as planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n field(s) to check above.</source>
        <translation>
            <numerusform>Not saved: %n field to check above.</numerusform>
            <numerusform>Not saved: %n fields to check above.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the address, or put the pin on the map by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the person&apos;s consent before the request leaves your agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the interventions, or give a reason for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interventions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n in all</source>
        <translation>
            <numerusform>… %n in all</numerusform>
            <numerusform>… %n in all</numerusform>
        </translation>
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
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My staff</source>
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
    <message>
        <source>Publish selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish every selected draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel every selected request, with one reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select several with Shift or Ctrl to publish or cancel them at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of the territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming (%1, %2 for my staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs someone in %2 (%3); one of your staff could cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n urgent requests could be covered by your staff.</source>
        <translation>
            <numerusform>%n urgent request could be covered by your staff.</numerusform>
            <numerusform>%n urgent requests could be covered by your staff.</numerusform>
        </translation>
    </message>
    <message>
        <source>Urgent replacement request</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Publish %n draft(s)</source>
        <translation>
            <numerusform>Publish %n draft</numerusform>
            <numerusform>Publish %n drafts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n request(s)…</source>
        <translation>
            <numerusform>Cancel %n request…</numerusform>
            <numerusform>Cancel %n requests…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent for publication. Awaiting confirmation from the server.</source>
        <translation>
            <numerusform>%n request sent for publication. Awaiting confirmation from the server.</numerusform>
            <numerusform>%n requests sent for publication. Awaiting confirmation from the server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not published, the person&apos;s consent is not recorded: %1. Open each one to record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent for cancellation. Awaiting confirmation from the server.</source>
        <translation>
            <numerusform>%n request sent for cancellation. Awaiting confirmation from the server.</numerusform>
            <numerusform>%n requests sent for cancellation. Awaiting confirmation from the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>releve::ui::ReviewChangesView</name>
    <message>
        <source>Compare and choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct and send again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a refusal that no longer applies (the other agency accepted the charter, a contract ended…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review: every change was accepted by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) need your decision. They are kept on this computer and are not sent until you decide.</source>
        <translation>
            <numerusform>%n change needs your decision. It is kept on this computer and is not sent until you decide.</numerusform>
            <numerusform>%n changes need your decision. They are kept on this computer and are not sent until you decide.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard a refused change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this change for good? %1
The server keeps its own version; what you typed for this change is lost on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::ReviewModel</name>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here and on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here and on the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it waits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::SettingsDialog</name>
    <message>
        <source>Download map tiles and look up addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk cache:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address search server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An XYZ address with {z}, {x} and {y}; the tile server&apos;s licence usually asks for its attribution on the map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile server: “%1” is not an http(s) address with {z}, {x} and {y}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address search server: “%1” is not an http(s) address. Nothing was changed.</source>
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
    <name>releve::ui::StaffForm</name>
    <message>
        <source>May be proposed to other agencies of the territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works for the agency at present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm this week as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>06 12 34 56 78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home base: address to look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an address to place the point; only the point is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home base on the map: click to place the point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other agencies then see a pseudonym, the qualification, the skills and a distance band; never the name, phone or home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned availability of this worker is right for this week: say so, so that other agencies&apos; searches trust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity (seen by your agency only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum &amp;travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekly ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other agencies&apos; searches rank stale availability last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the worker first, then plan and confirm the availability.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved. Check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved on this computer; sent at the next synchronisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability confirmed for this week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>releve::ui::StaffListModel</name>
    <message>
        <source>Never confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n day(s) ago (%1)</source>
        <translation>
            <numerusform>Confirmed %n day ago (%1)</numerusform>
            <numerusform>Confirmed %n days ago (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
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
        <source>Mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other agencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Confirmed %n day(s) ago</source>
        <translation>
            <numerusform>Confirmed %n day ago</numerusform>
            <numerusform>Confirmed %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>releve::ui::StaffView</name>
    <message>
        <source>New worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm this week for the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The planned availability of the selected workers is right for this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, qualification, skill…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff of the agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to %1 are not saved. Save them before leaving the form?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new worker</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>%n worker</numerusform>
            <numerusform>%n workers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to confirm</source>
        <translation>
            <numerusform>%n to confirm</numerusform>
            <numerusform>%n to confirm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Availability confirmed for %n worker(s).</source>
        <translation>
            <numerusform>Availability confirmed for %n worker.</numerusform>
            <numerusform>Availability confirmed for %n workers.</numerusform>
        </translation>
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
    <message>
        <source>Conflicts and changes the server refused wait for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to review</source>
        <translation>
            <numerusform>%n change to review</numerusform>
            <numerusform>%n changes to review</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>releve::ui::TimestampImportDialog</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw → rounded (CPOM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejected lines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import time stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the lines that were not imported, with the header, to fix them and import them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: problems by line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2). Nothing was imported; check the file and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) read from %1</source>
        <translation>
            <numerusform>%n line read from %1</numerusform>
            <numerusform>%n lines read from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ready to import</source>
        <translation>
            <numerusform>%n ready to import</numerusform>
            <numerusform>%n ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already recorded (kept as they are)</source>
        <translation>
            <numerusform>%n already recorded (kept as they are)</numerusform>
            <numerusform>%n already recorded (kept as they are)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
    <message>
        <source>already recorded: kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n line(s)</source>
        <translation>
            <numerusform>Import %n line</numerusform>
            <numerusform>Import %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) imported; they are sent with the next synchronisation.</source>
        <translation>
            <numerusform>%n line imported; they are sent with the next synchronisation.</numerusform>
            <numerusform>%n lines imported; they are sent with the next synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not stored: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rejected lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - rejected lines.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rejected lines could not be saved to %1 (%2); they are still listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected lines saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
