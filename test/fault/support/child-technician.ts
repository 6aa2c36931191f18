/** The technician the receiving child process signs in as; the parent test creates them first. */
export const CHILD_TECHNICIAN = { technicianId: 'TECH-KILL', name: 'Kim Killtest', pin: '246810' } as const;
