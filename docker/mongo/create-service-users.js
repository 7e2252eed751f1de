// Mounted into /docker-entrypoint-initdb.d/ of the mongo image, which runs it with mongosh as the root user, once,
// on the first start with an empty data volume.
//
// Every Infohus service gets its own database and its own user, who may read and write that database and nothing
// else (authSource is the service's own database). The passwords come from the container's environment, which
// docker-compose.yml fills from the host's, with development defaults.
const serviceUsers = [
    { database: 'intake', user: 'intake', passwordVariable: 'INTAKE_DB_PASSWORD' },
    { database: 'screening', user: 'screening', passwordVariable: 'SCREENING_DB_PASSWORD' },
    { database: 'assessment', user: 'assessment', passwordVariable: 'ASSESSMENT_DB_PASSWORD' },
    { database: 'referral', user: 'referral', passwordVariable: 'REFERRAL_DB_PASSWORD' },
    { database: 'notification', user: 'notification', passwordVariable: 'NOTIFICATION_DB_PASSWORD' },
];

for (const { database, user, passwordVariable } of serviceUsers) {
    const password = process.env[passwordVariable];
    if (!password) {
        throw new Error(`${passwordVariable} is not set: cannot create the MongoDB user ${user}`);
    }
    const roles = [{ role: 'readWrite', db: database }];
    const serviceDb = db.getSiblingDB(database);
    if (serviceDb.getUser(user)) {
        serviceDb.updateUser(user, { pwd: password, roles });
        print(`updated MongoDB user ${user} (readWrite on ${database})`);
    } else {
        serviceDb.createUser({ user, pwd: password, roles });
        print(`created MongoDB user ${user} (readWrite on ${database})`);
    }
}
