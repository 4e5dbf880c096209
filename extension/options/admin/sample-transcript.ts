/** A short synthetic consultation (no real patient) for previewing templates before publishing. */
export const sampleTranscript = `[doctor] Good morning, what brings you in today?
[patient] I have had a cough and a sore throat for about five days.
[doctor] Any fever?
[patient] Yes, up to 38.4 last night. No shortness of breath.
[doctor] Are you taking anything for it?
[patient] Ibuprofen 400 mg twice a day.
[doctor] Any allergies?
[patient] Penicillin gives me a rash.
[doctor] Your blood pressure is 128 over 82 and your lungs are clear.
[doctor] This looks like a viral upper respiratory infection.
[doctor] Plan is rest, fluids and paracetamol as needed. Come back if it is not better in a week.`;
