/** The session store and the IVR on real Hazelcast members (HazelcastTestCluster). */
package org.cityline.ivr.hazelcast;
